using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Formats;

namespace OrgLife.Tally.Tests.Formats;

/// <summary>
/// Never throw, never lose (issue 9): the CSV reader and census on arbitrary bytes and on arbitrary mutations of valid
/// files fail only with <see cref="InvalidDataException"/>; well-formed ballots written in any row order, between
/// garbage lines, blank lines and repeated headers, are each counted exactly once — against a reference box fed the
/// same ballots one by one.
/// </summary>
public sealed class CsvRobustnessProperties
{
    private static readonly string[] Grades = ["优秀", "合格", "基本合格", "不合格", "excellent", ""];

    [Property(MaxTest = 300)]
    public Property Ballots_in_any_row_order_among_garbage_are_each_counted_once()
    {
        return Prop.ForAll(ShuffledCases.ToArbitrary(), c =>
        {
            var told = new List<CsvRowError>();
            var read = new CsvBallotReader(_ => Box(), told.Add).Read(new MemoryStream(c.Csv)).ToDictionary(t => t.Branch.Value, t => t.Tally);
            var expected = c.Ballots.GroupBy(b => b.Branch).ToDictionary(g => g.Key, g =>
            {
                var box = Box();
                foreach (var ballot in g)
                {
                    box.Submit(new Ballot(ballot.Serial, null, [.. ballot.Marks.Where(m => m.Grade.Length > 0).Select(m => Mark.Of(m.Candidate, null, m.Grade))]));
                }

                box.AddSkippedRows(read.TryGetValue(g.Key, out var t) ? t.SkippedRows : 0);
                return box.ToTally();
            });
            return read.Count == expected.Count &&
                expected.All(e => read.TryGetValue(e.Key, out var tally) && tally.Equals(e.Value)) &&
                read.Values.Sum(t => t.SkippedRows) == (c.Ballots.Count == 0 ? 0 : c.GarbageLines) &&
                told.Count == c.GarbageLines;
        });
    }

    [Property(MaxTest = 300)]
    public Property Arbitrary_bytes_are_read_or_refused_with_invalid_data_never_another_exception()
    {
        // Pieces a CSV is made of, and any byte: headers, rows, byte-order marks, quotes, separators.
        var pieces = Gen.Frequency(
            (3, Gen.Elements("branch,ballot,candidate,grade\n", "b1,1,m1,优秀\n", "b2,2,m2,\"合格\"\n", "\uFEFF", ",", "\"", "\n", "\r\n", " ", "b1", "1").Select(Encoding.UTF8.GetBytes)),
            (1, Gen.Choose(0, 255).Select(b => new[] { (byte)b })));
        var bytes = Gen.ArrayOf(pieces).Select(p => p.SelectMany(b => b).ToArray());
        return Prop.ForAll(bytes.ToArbitrary(), ReadsOrRefuses);
    }

    [Property(MaxTest = 300)]
    public Property Mutations_of_a_valid_file_are_read_or_refused_with_invalid_data_never_another_exception()
    {
        var mutated =
            from c in ShuffledCases
            from edits in Gen.ArrayOf(from at in Gen.Choose(0, int.MaxValue) from value in Gen.Choose(0, int.MaxValue) select (at, value))
            select Mutate(c.Csv, edits);
        return Prop.ForAll(mutated.ToArbitrary(), ReadsOrRefuses);
    }

    private static bool ReadsOrRefuses(byte[] input)
    {
        try
        {
            _ = new CsvBallotReader(_ => Box()).Read(new MemoryStream(input)).Count();
            _ = new CsvBallotReader(_ => Box()).Read(new StringReader(Encoding.UTF8.GetString(input))).Count();
            _ = CsvBranchCensus.Read(new MemoryStream(input), BallotForms.FourGrades).Count();
            return true;
        }
        catch (InvalidDataException)
        {
            return true;
        }
    }

    // Each edit replaces, inserts or deletes one byte at a position derived from the pair.
    private static byte[] Mutate(byte[] csv, (int, int)[] edits)
    {
        var bytes = csv.ToList();
        foreach (var (at, value) in edits)
        {
            if (bytes.Count == 0)
            {
                break;
            }

            var position = at % bytes.Count;
            switch (value % 3)
            {
                case 0:
                    bytes[position] = (byte)(value >> 8);
                    break;
                case 1:
                    bytes.Insert(position, (byte)(value >> 8));
                    break;
                default:
                    bytes.RemoveAt(position);
                    break;
            }
        }

        return [.. bytes];
    }

    private static BallotBox Box() => new(BallotForms.FourGrades, TestForms.Candidates(3, 1), 1000);

    internal sealed record GeneratedBallot(string Branch, string Serial, (string Candidate, string Grade)[] Marks);

    internal sealed record ShuffledCase(List<GeneratedBallot> Ballots, byte[] Csv, int GarbageLines)
    {
        public override string ToString() => Encoding.UTF8.GetString(Csv);
    }

    private static Gen<GeneratedBallot[]> BallotsOf(string branch) =>
        from count in Gen.Choose(0, 6)
        from marks in Gen.ArrayOf(
            from candidates in Gen.Shuffle(new[] { "m1", "m2", "m3", "p1" }).Select(a => a.ToArray())
            from take in Gen.Choose(1, 4)
            from grades in Gen.ArrayOf(Gen.Elements(Grades), 4)
            select candidates.Take(take).Select((candidate, i) => (candidate, grades[i])).ToArray(),
            count)
        select marks.Select((m, i) => new GeneratedBallot(branch, $"s{i + 1}", m)).ToArray();

    /// <summary>Ballots of up to three branches, their rows in a random order, with garbage, blank and header lines between.</summary>
    internal static Gen<ShuffledCase> ShuffledCases =>
        from b1 in BallotsOf("b1")
        from b2 in BallotsOf("b2")
        from b3 in BallotsOf("b3")
        let ballots = b1.Concat(b2).Concat(b3).ToList()
        let rows = ballots.SelectMany(b => b.Marks.Select(m => $"{b.Branch},{b.Serial},{m.Candidate},{m.Grade}")).ToArray()
        from extras in Gen.ArrayOf(Gen.Elements("\uFFFF", string.Empty, "\uFEFFbranch,ballot,candidate,grade", "BRANCH,ballot,candidate,grade"))
        from order in Gen.Shuffle(rows.Concat(extras).ToArray())
        from crlf in Gen.Elements(false, true)
        select new ShuffledCase(
            ballots,
            Render(order, crlf),
            extras.Count(e => e == "\uFFFF"));

    // The header, then the lines; "\uFFFF" stands for a line of invalid UTF-8.
    private static byte[] Render(IEnumerable<string> lines, bool crlf)
    {
        var output = new MemoryStream();
        var end = crlf ? "\r\n"u8.ToArray() : "\n"u8.ToArray();
        output.Write("branch,ballot,candidate,grade"u8);
        output.Write(end);
        foreach (var line in lines)
        {
            output.Write(line == "\uFFFF" ? [0xFF, (byte)',', 0xC3, (byte)'1'] : Encoding.UTF8.GetBytes(line));
            output.Write(end);
        }

        return output.ToArray();
    }
}
