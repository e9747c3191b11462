using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime.Testing;
using OrgLife.Cli.Commands;
using OrgLife.Cli.Output;
using OrgLife.Cli.Tally;
using OrgLife.Cli.Tests.Support;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Reports;

namespace OrgLife.Cli.Tests;

/// <summary>
/// <c>orglife tally FILE.csv</c> on two workers (the file cut at random places, each branch rendered on its worker and
/// held as UTF-8) prints exactly what the sequential reference prints: stdout, stderr and exit code, byte for byte, in
/// text, JSON and summary form, English and Chinese — for files with bad rows, rows apart, branches split across
/// chunks, duplicate ballots, CRLF, quotes, byte-order marks and invalid UTF-8.
/// </summary>
public sealed class TallyParallelOutputProperties(TempFiles files) : IClassFixture<TempFiles>
{
    // The last is no valid ID (over 128 characters): its rows open no box and are skipped.
    private static readonly string[] Branches = ["B1", "B2", "B3", "支部4", "B5", "B6", new('X', 129)];
    private static readonly string[] Grades = ["优秀", "合格", "合格", "合格", "基本合格", "不合格", "excellent", "qualified", "", "很好"];
    private static readonly string[][] Headers = [["branch", "ballot", "candidate", "grade"], ["ballot", "branch", "grade", "candidate"]];
    private int cases;

    private enum Noise
    {
        None,
        Quoted,
        StrayQuote,
        MissingField,
        EmptyBranch,
        NotUtf8,
        ByteOrderMark,
        Blank,
    }

    // Branch: the block's own (by position) when negative, else that pool entry, which may repeat an earlier block's (rows apart).
    private sealed record Block(int Branch, int Ballots, int Members, string[] Grades, Noise[] Noises, bool Copy, bool Swap);

    private static Gen<Block> Blocks =>
        from again in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from other in Gen.Choose(0, Branches.Length - 1)
        from invalid in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
        from ballots in Gen.Choose(1, 5)
        from members in Gen.Choose(1, 4)
        from grades in Gen.ArrayOf(Gen.Elements(Grades)).Select(g => g.Length == 0 ? ["合格"] : g)
        from noises in Gen.ArrayOf(Gen.Frequency((25, Gen.Constant(Noise.None)), (1, Gen.Elements(Enum.GetValues<Noise>()))))
        from copy in Gen.Elements(false, false, false, true)
        from swap in Gen.Elements(false, false, false, false, true)
        select new Block(invalid ? Branches.Length - 1 : again ? other : -1, ballots, members, grades, noises, copy, swap);

    private static Gen<(byte[] Bytes, long[] Cuts)> Files =>
        from header in Gen.Choose(0, Headers.Length - 1)
        from count in Gen.Choose(2, 6)
        from blocks in Gen.ListOf(Blocks, count)
        from crlf in Gen.Elements(false, false, true)
        from bom in Gen.Elements(false, false, true)
        from cutCount in Gen.Choose(1, 4)
        from cuts in Gen.ListOf(Gen.Choose(0, 100), cutCount)
        select Render(Headers[header], [.. blocks], crlf, bom, [.. cuts]);

    private static (byte[] Bytes, long[] Cuts) Render(string[] header, Block[] blocks, bool crlf, bool bom, int[] cuts)
    {
        var end = crlf ? "\r\n"u8.ToArray() : "\n"u8.ToArray();
        var bytes = new List<byte>(bom ? [0xEF, 0xBB, 0xBF] : []);
        bytes.AddRange([.. Encoding.UTF8.GetBytes(string.Join(',', header)), .. end]);
        for (var b = 0; b < blocks.Length; b++)
        {
            var block = blocks[b];
            var branch = Branches[block.Branch < 0 ? b % (Branches.Length - 1) : block.Branch];
            var rows = new List<byte[]>();
            var n = 0;
            for (var ballot = 1; ballot <= block.Ballots; ballot++)
            {
                for (var member = 1; member <= block.Members; member++, n++)
                {
                    var values = new Dictionary<string, string>
                    {
                        ["branch"] = branch,
                        ["ballot"] = ballot.ToString(CultureInfo.InvariantCulture),
                        ["candidate"] = $"m{member}",
                        ["grade"] = block.Grades[n % block.Grades.Length],
                    };
                    rows.Add(Row(header, values, block.Noises.Length == 0 ? Noise.None : block.Noises[n % block.Noises.Length]));
                }
            }

            if (block.Copy)
            {
                rows.InsertRange(block.Members, rows.Take(block.Members).ToList());
            }

            if (block.Swap && rows.Count > 2)
            {
                (rows[0], rows[^1]) = (rows[^1], rows[0]);
            }

            foreach (var row in rows)
            {
                bytes.AddRange([.. row, .. end]);
            }
        }

        return ([.. bytes], [.. cuts.Order().Select(c => (long)bytes.Count * c / 100)]);
    }

    private static byte[] Row(string[] header, Dictionary<string, string> values, Noise noise)
    {
        var fields = header.Select(h => values[h]).ToList();
        var text = noise switch
        {
            Noise.Quoted => string.Join(',', fields.Select(f => $"\"{f}\"")),
            Noise.StrayQuote => string.Join(',', fields) + "\"",
            Noise.MissingField => string.Join(',', fields.Skip(1)),
            Noise.EmptyBranch => string.Join(',', header.Select(h => h == "branch" ? string.Empty : values[h])),
            Noise.ByteOrderMark => "\uFEFF" + string.Join(',', fields),
            Noise.Blank => "  ",
            _ => string.Join(',', fields),
        };
        var bytes = Encoding.UTF8.GetBytes(text);
        return noise == Noise.NotUtf8 ? [.. bytes, 0xFF, 0xC3] : bytes;
    }

    private static (int Exit, string Stdout, string Stderr) Run(string file, BallotForm form, OutputFormat format, CultureInfo culture, bool summary, int workers, long[] cuts)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var settings = new TallyCommand.Settings(format, Labels.For(culture), false, Engine(form), null, null, summary);
        var exit = TallyCommand.Run(file, settings, new CommandContext(stdout, stderr, new FakeClock(Tool.Now)), workers, cuts);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static TallyEngine Engine(BallotForm form) => new(form, form.ResultRule ?? SuggestionRule.Default, null);

    [Fact]
    public void Two_workers_at_any_cuts_print_exactly_what_the_sequential_tally_prints()
    {
        var parallelRuns = 0;
        var runs = 0;
        var settings = from form in Gen.Elements(BallotForms.FourGrades, BallotForms.FourGrades, BallotForms.SixCriteria, BallotForms.GoodFairPoor)
                       from format in Gen.Elements(OutputFormat.Text, OutputFormat.Json)
                       from chinese in Gen.Elements(true, false)
                       from summary in Gen.Elements(false, false, true)
                       select (form, format, culture: CultureInfo.GetCultureInfo(chinese ? "zh-CN" : "en"), summary);
        var inputs = from file in Files from s in settings select (file, s);
        Prop.ForAll(inputs.ToArbitrary(), c =>
        {
            var path = Path.ChangeExtension(files.Write($"tally-parallel-{Interlocked.Increment(ref cases)}", string.Empty), ".csv");
            File.WriteAllBytes(path, c.file.Bytes);
            runs++;
            if (Engine(c.s.form).TryRunParallel(() => File.OpenRead(path), null, _ => { }, _ => { }, 2, c.file.Cuts, default) is not null)
            {
                parallelRuns++;
            }

            var sequential = Run(path, c.s.form, c.s.format, c.s.culture, c.s.summary, 1, c.file.Cuts);
            var parallel = Run(path, c.s.form, c.s.format, c.s.culture, c.s.summary, 2, c.file.Cuts);
            return sequential == parallel;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(250));

        Assert.True(parallelRuns * 4 > runs, $"the parallel way was taken on only {parallelRuns} of {runs} files");
    }
}
