using System.Text;
using FsCheck;
using FsCheck.Fluent;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Formats;
using static OrgLife.Tally.Tests.Formats.CsvFastPathProperties;

namespace OrgLife.Tally.Tests.Formats;

/// <summary>
/// <see cref="CsvParallelTally"/> against the sequential reading (the CLI's way: boxes opened from the census a step
/// ahead, then <see cref="CsvBallotReader"/>): on random inputs of branch blocks — bad rows, duplicate serials, second
/// copies, rows out of place, blank lines, byte-order marks, CRLF, a later header now and then — cut at random
/// offsets, the parallel reading either declines (null) or gives the same branches, tallies and row errors.
/// </summary>
public sealed class CsvParallelTallyProperties
{
    private static readonly string[] BranchPool = ["B1", "B2", "B3", "支部4", "B5", "B6", " B7", "", "B\uFFFD8"];
    private static readonly string[] GradePool = ["优秀", "合格", "合格", "基本合格", "不合格", "excellent", "", "很好", " 合格"];

    [Fact]
    public void The_parallel_reading_at_any_cuts_declines_or_equals_the_sequential_reading()
    {
        var parallelRuns = 0;
        var runs = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            runs++;
            var form = input.Header == 2 ? BallotForms.SixCriteria : BallotForms.FourGrades;
            var sequential = Sequential(input.Bytes, form);
            var parallel = Parallel(input.Bytes, input.Cuts, form);
            if (parallel is null)
            {
                return true;
            }

            parallelRuns++;
            return parallel.Branches.SequenceEqual(sequential.Branches, StringComparer.Ordinal)
                && parallel.Tallies.SequenceEqual(sequential.Tallies)
                && parallel.Errors.SequenceEqual(sequential.Errors, StringComparer.Ordinal);
        }));

        Assert.True(parallelRuns * 4 > runs, $"the parallel reading took only {parallelRuns} of {runs} inputs");
    }

    [Fact]
    public void A_contiguous_file_cut_in_four_reads_in_four_chunks_with_its_row_errors_numbered_as_in_the_whole()
    {
        var text = new StringBuilder("branch,ballot,candidate,grade\n");
        for (var branch = 1; branch <= 40; branch++)
        {
            for (var ballot = 1; ballot <= 5; ballot++)
            {
                foreach (var member in new[] { "m1", "m2", "m3" })
                {
                    text.Append($"B{branch},{ballot},{member},{(branch * ballot % 3 == 0 ? "优秀" : "合格")}\n");
                }
            }

            text.Append(branch % 10 == 0 ? "B,1\n" : string.Empty);
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var sequential = Sequential(bytes, BallotForms.FourGrades);
        var parallel = Parallel(bytes, [bytes.Length / 4, bytes.Length / 2, 3 * bytes.Length / 4], BallotForms.FourGrades);

        Assert.NotNull(parallel);
        Assert.Equal(40, parallel.Branches.Count);
        Assert.Equal(sequential.Branches, parallel.Branches);
        Assert.Equal(sequential.Tallies, parallel.Tallies);
        Assert.Equal(4, sequential.Errors.Count);
        Assert.Equal(sequential.Errors, parallel.Errors);
    }

    [Fact]
    public void A_branch_with_rows_in_two_chunks_or_a_later_header_is_declined()
    {
        var apart = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 30).Select(i => $"B{i % 3},{i},m1,合格\n")).Insert(0, "branch,ballot,candidate,grade\n"));
        var laterHeader = Encoding.UTF8.GetBytes("branch,ballot,candidate,grade\n" + string.Concat(Enumerable.Range(0, 30).Select(i => (i == 20 ? "branch,ballot,candidate,grade\n" : string.Empty) + $"B{i / 5},{i},m1,合格\n")));

        Assert.Null(Parallel(apart, [apart.Length / 2], BallotForms.FourGrades));
        Assert.Null(Parallel(laterHeader, [laterHeader.Length / 3], BallotForms.FourGrades));
        Assert.NotNull(Parallel(laterHeader[..(laterHeader.Length / 2)], [laterHeader.Length / 4], BallotForms.FourGrades));
    }

    private static Gen<Input> Inputs =>
        from header in Gen.Choose(0, Headers.Length - 1)
        from count in Gen.Choose(2, 6)
        from blocks in Gen.ListOf(Block, count)
        from branches in Gen.ListOf(Gen.Frequency((8, Gen.Constant(-1)), (1, Gen.Choose(0, BranchPool.Length - 1))), count)
        from later in Gen.Elements(false, false, false, false, false, false, false, true)
        from cutCount in Gen.Choose(1, 4)
        from cuts in Gen.ListOf(Gen.Choose(0, 100), cutCount)
        select Render(header, [.. blocks.Select((b, i) => Rows(header, BranchPool[branches[i] < 0 ? i : branches[i]], b))], later, [.. cuts]);

    // Each block's branch is mostly a pool entry of its own (by position), sometimes any: then it may repeat an earlier one.
    private static Gen<BlockSpec> Block =>
        from ballots in Gen.Choose(1, 4)
        from members in Gen.Choose(1, 4)
        from grades in Gen.ArrayOf(Gen.Elements(GradePool)).Select(g => g.Length == 0 ? ["合格"] : g)
        from noises in Gen.ArrayOf(Gen.Frequency((30, Gen.Constant(Noise.None)), (1, Gen.Elements(Enum.GetValues<Noise>()))))
        from copy in Gen.Elements(false, false, false, true)
        from swap in Gen.Elements(false, false, false, false, false, false, false, true)
        select new BlockSpec(ballots, members, grades, noises, copy, swap);

    private static byte[][] Rows(int header, string branch, BlockSpec spec)
    {
        var (ballots, members, grades, noises, copy, swap) = spec;
        var rows = new List<byte[]>();
        var n = 0;
        for (var ballot = 1; ballot <= ballots; ballot++)
        {
            for (var member = 1; member <= members; member++, n++)
            {
                var values = new Dictionary<string, string>
                {
                    ["branch"] = branch,
                    ["ballot"] = ballot.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["category"] = "党员",
                    ["candidate"] = $"m{member}",
                    ["criterion"] = string.Empty,
                    ["grade"] = grades[n % grades.Length],
                };
                var noise = noises.Length == 0 ? Noise.None : noises[n % noises.Length];
                rows.Add(RenderRow(Headers[header], new CsvRow(values, noise, n % Headers[header].Length)));
            }
        }

        if (copy)
        {
            rows.InsertRange(members, rows.Take(members).ToList()); // ballot 1 scanned twice, back to back (OL402)
        }

        if (swap && rows.Count > 2)
        {
            (rows[0], rows[^1]) = (rows[^1], rows[0]); // a ballot's rows apart
        }

        return [.. rows];
    }

    private static Input Render(int header, byte[][][] blocks, bool laterHeader, int[] cuts)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(string.Join(',', Headers[header]) + "\n"));
        for (var b = 0; b < blocks.Length; b++)
        {
            if (laterHeader && b == blocks.Length / 2)
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(string.Join(',', Headers[header]) + "\n"));
            }

            foreach (var row in blocks[b])
            {
                bytes.AddRange(row);
                bytes.Add((byte)'\n');
            }
        }

        return new Input(header, [.. bytes], [.. cuts.Order().Select(c => (long)bytes.Count * c / 100)]);
    }

    // The CLI's sequential way: boxes from the census a step ahead, then the reader.
    private static Read Sequential(byte[] bytes, BallotForm form)
    {
        var read = new Read([], [], []);
        try
        {
            using var ahead = CsvBranchCensus.Read(new MemoryStream(bytes), form).GetEnumerator();
            BranchCensus Census(BranchId branch)
            {
                while (ahead.MoveNext())
                {
                    if (ahead.Current.Branch == branch)
                    {
                        return ahead.Current;
                    }
                }

                return new BranchCensus(branch, [], 0);
            }

            foreach (var branch in new CsvBallotReader(b => Box(form, Census(b)), e => read.Errors.Add(e.ToString())).Read(new MemoryStream(bytes)))
            {
                read.Branches.Add(branch.Branch.Value);
                read.Tallies.Add(branch.Tally);
            }
        }
        catch (InvalidDataException e)
        {
            read.Errors.Add(e.Message);
        }

        return read;
    }

    private static Read? Parallel(byte[] bytes, long[] cuts, BallotForm form)
    {
        var errors = new List<string>();
        var branches = CsvParallelTally.TryRead(
            () => new MemoryStream(bytes, writable: false),
            cuts,
            form,
            (_, census) => Box(form, census()),
            branch => branch,
            e => errors.Add(e.ToString()),
            workers: 2);
        return branches is null ? null : new Read([.. branches.Select(b => b.Branch.Value)], [.. branches.Select(b => b.Tally)], errors);
    }

    private static BallotBox Box(BallotForm form, BranchCensus census) => new(form, new AssessmentCandidates(census.Candidates), census.Ballots);

    private sealed record BlockSpec(int Ballots, int Members, string[] Grades, Noise[] Noises, bool Copy, bool Swap);

    private sealed record Input(int Header, byte[] Bytes, long[] Cuts)
    {
        public override string ToString() => $"header {Header}, cuts [{string.Join(", ", Cuts)}]:\n{Encoding.UTF8.GetString(Bytes)}";
    }

    private sealed record Read(List<string> Branches, List<OrgLife.Tally.Merging.AssessmentTally> Tallies, List<string> Errors);
}
