using System.Text;
using FsCheck;
using FsCheck.Fluent;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Formats;
using OrgLife.Tally.Merging;

namespace OrgLife.Tally.Tests.Formats;

/// <summary>
/// The CSV reader's byte-level fast path against its reference, the general path that decodes every line
/// (<c>fastPath: false</c>): on random input with quoted fields, bad rows, duplicates, invalid UTF-8, unknown names,
/// probationary candidates, scores and blanks, both give the same tallies and the same row errors.
/// </summary>
public sealed class CsvFastPathProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(300);

    internal static readonly string[][] Headers =
    [
        ["branch", "ballot", "candidate", "grade"],
        ["ballot", "grade", "branch", "candidate"],
        ["category", "branch", "ballot", "candidate", "criterion", "grade"],
    ];

    private static readonly BallotForm MixedForm = new(
        "混合",
        [new Criterion("理想信念", Scale.GoodFairPoor), new Criterion("得分", TestForms.Points), new Criterion("总体评价", Scale.FourGrades, IsOverall: true)],
        [new VoterCategory("党员"), new VoterCategory("群众代表")],
        [new Criterion("支部班子", Scale.Satisfaction)]);

    private static readonly string[] Branches = ["B1", "B1", "B2", "支部3", "B9", "\u3000B4", ""];
    private static readonly string[] Serials = ["1", "2", "3", "01", "4", ""];
    private static readonly string[] Categories = ["党员", "党员", "群众代表", "", "外人"];
    private static readonly string[] Candidates = ["m1", "m2", "m3", "m4", "m9", "m10", "p1", "x9", "", "M1", "m1 ", "张三"];
    private static readonly string[] Criteria = ["", "", "理想信念", "得分", "总体评价", "支部班子", "未知"];

    private static readonly string[] Grades =
    [
        "优秀", "合格", "基本合格", "不合格", "excellent", "QUALIFIED", "Basically-Qualified", "好", "一般", "差", "满意", "", "0", "100",
        "101", "-1", "+5", "007", "abc", "优秀\u3000", "\u3000合格", " 合格\t", "５", "1234567890", "\uFFFD",
    ];

    internal enum Noise
    {
        None,
        Quoted,
        QuotedComma,
        StrayQuote,
        TextAfterQuote,
        Unclosed,
        ExtraField,
        MissingField,
        Blank,
        InvalidUtf8,
        CarriageReturn,
    }

    [Fact]
    public void The_fast_path_and_the_general_path_give_the_same_tallies_and_row_errors()
    {
        Check.One(Quick, Prop.ForAll(CsvCases.ToArbitrary(), csv =>
        {
            var (fastTold, fastTallies) = Read(csv, fastPath: true);
            var (told, tallies) = Read(csv, fastPath: false);
            return fastTold.SequenceEqual(told, StringComparer.Ordinal) && fastTallies.SequenceEqual(tallies);
        }));
    }

    [Fact]
    public void The_vector_structural_mask_equals_the_scalar_reference_at_every_offset()
    {
        var bytes = Gen.ArrayOf(Gen.Elements((byte)',', (byte)'"', (byte)'\n', (byte)'a', (byte)'\r', (byte)0xE4, (byte)0xAC, (byte)0)).Select(b => b.Concat(new byte[CsvStructure.BlockBytes]).ToArray());
        Check.One(Quick, Prop.ForAll(bytes.ToArbitrary(), buffer =>
            Enumerable.Range(0, buffer.Length - CsvStructure.BlockBytes + 1).All(offset =>
                CsvStructure.Mask(buffer, offset) == CsvStructure.ScalarMask(buffer.AsSpan(offset, CsvStructure.BlockBytes)))));
    }

    [Fact]
    public void Short_keys_are_equal_exactly_when_the_texts_are_and_lowered_keys_exactly_when_they_are_equal_ignoring_ascii_case()
    {
        var text = Gen.Choose(0, 20).SelectMany(length => Gen.ArrayOf(Gen.Elements((byte)'a', (byte)'A', (byte)'z', (byte)'Z', (byte)'@', (byte)'`', (byte)'-', (byte)'\r', (byte)0xC1, (byte)0xE1), length));

        // The second text is often the first with some bytes' 0x20 bit flipped: a case change, or a near miss.
        var pairs =
            from a in text
            from flips in Gen.ArrayOf(Gen.Elements(false, false, true), a.Length)
            from related in Gen.Elements(true, true, false)
            from other in text
            select (a, related ? a.Select((x, i) => flips[i] ? (byte)(x ^ 0x20) : x).ToArray() : other);
        Check.One(Quick, Prop.ForAll(pairs.ToArbitrary(), pair =>
        {
            var (a, b) = pair;
            var same = ShortKey.Of(a).Matches(b, a) == a.AsSpan().SequenceEqual(b);
            var lowered = a.Length > ShortKey.MaxLength || !Ascii.IsValid(b) ||
                ShortKey.Of(a).AsciiLowered().Is(ShortKey.Of(b).AsciiLowered()) == Ascii.EqualsIgnoreCase(a, b);
            return same && lowered;
        }));
    }

    /// <summary>Random CSV input: one of <see cref="Headers"/>, an optional byte-order mark, up to 80 rows, with or without a last line feed.</summary>
    internal static Gen<CsvCase> CsvCases =>
        from header in Gen.Choose(0, Headers.Length - 1)
        from byteOrderMark in Gen.Elements(false, false, true)
        from rows in Gen.ArrayOf(Row(header)).Select(r => r.Take(80).ToArray())
        from finalNewline in Gen.Elements(true, true, false)
        select Render(header, byteOrderMark, rows, finalNewline);

    private static Gen<CsvRow> Row(int header) =>
        from branch in Gen.Elements(Branches)
        from serial in Gen.Elements(Serials)
        from category in Gen.Elements(Categories)
        from candidate in Gen.Elements(Candidates)
        from criterion in Gen.Elements(Criteria)
        from grade in Gen.Elements(Grades)
        from noise in Gen.Frequency((12, Gen.Constant(Noise.None)), (1, Gen.Elements(Enum.GetValues<Noise>())))
        from noisyField in Gen.Choose(0, Headers[header].Length - 1)
        select new CsvRow(new Dictionary<string, string>
        {
            ["branch"] = branch,
            ["ballot"] = serial,
            ["category"] = category,
            ["candidate"] = candidate,
            ["criterion"] = criterion,
            ["grade"] = grade,
        }, noise, noisyField);

    internal static byte[] RenderRow(string[] header, CsvRow row)
    {
        var (values, noise, noisyField) = row;
        var fields = header.Select(column => values[column]).ToList();
        var field = fields[noisyField];
        switch (noise)
        {
            case Noise.Quoted:
                fields[noisyField] = "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
                break;
            case Noise.QuotedComma:
                fields[noisyField] = "\"" + field + ",\"\"x\"";
                break;
            case Noise.StrayQuote:
                fields[noisyField] = field + "\"";
                break;
            case Noise.TextAfterQuote:
                fields[noisyField] = "\"" + field + "\"x";
                break;
            case Noise.Unclosed:
                fields[noisyField] = "\"" + field;
                break;
            case Noise.ExtraField:
                fields.Add("x");
                break;
            case Noise.MissingField:
                fields.RemoveAt(noisyField);
                break;
            case Noise.Blank:
                return Encoding.UTF8.GetBytes(noisyField % 2 == 0 ? string.Empty : " \t");
            case Noise.CarriageReturn:
                return Encoding.UTF8.GetBytes(string.Join(',', fields) + "\r");
        }

        var line = Encoding.UTF8.GetBytes(string.Join(',', fields)).ToList();
        if (noise == Noise.InvalidUtf8)
        {
            line.InsertRange(line.Count / 2, noisyField % 2 == 0 ? [0xFF] : [0xE4, 0xBC]);
        }

        return [.. line];
    }

    private static CsvCase Render(int header, bool byteOrderMark, CsvRow[] rows, bool finalNewline)
    {
        var bytes = new List<byte>();
        if (byteOrderMark)
        {
            bytes.AddRange(Encoding.UTF8.Preamble);
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(string.Join(',', Headers[header]) + "\n"));
        for (var i = 0; i < rows.Length; i++)
        {
            bytes.AddRange(RenderRow(Headers[header], rows[i]));
            if (i < rows.Length - 1 || finalNewline)
            {
                bytes.Add((byte)'\n');
            }
        }

        return new CsvCase(header, [.. bytes], rows);
    }

    // Everything the reader tells: each branch's ID and tally (with its counts), each row error, or the header failure.
    private static (List<string> Told, List<AssessmentTally> Tallies) Read(CsvCase csv, bool fastPath)
    {
        var told = new List<string>();
        var tallies = new List<AssessmentTally>();
        var form = csv.Header == 2 ? MixedForm : BallotForms.FourGrades;
        var candidates = TestForms.Candidates(csv.Header == 1 ? 3 : 10, 1);
        var reader = new CsvBallotReader(
            id => id.Value == "B9" ? null : new BallotBox(form, candidates, issued: 5),
            error => told.Add(error.ToString()),
            fastPath);
        try
        {
            foreach (var branch in reader.Read(new MemoryStream(csv.Bytes)))
            {
                told.Add($"{branch.Branch.Value}: accepted {branch.Tally.Accepted}, rejected {branch.Tally.Rejected}, skipped {branch.Tally.SkippedRows}");
                tallies.Add(branch.Tally);
            }
        }
        catch (InvalidDataException e)
        {
            told.Add(e.Message);
        }

        return (told, tallies);
    }

    /// <summary>One generated row: its field values by column name, and the noise that may break it.</summary>
    internal sealed record CsvRow(Dictionary<string, string> Values, Noise Noise, int NoisyField);

    /// <summary>A generated input: the header's index in <see cref="Headers"/>, the bytes, and the rows they render.</summary>
    internal sealed record CsvCase(int Header, byte[] Bytes, CsvRow[] Rows)
    {
        public override string ToString() => $"header {Header}:\n{Encoding.UTF8.GetString(Bytes)}";
    }
}
