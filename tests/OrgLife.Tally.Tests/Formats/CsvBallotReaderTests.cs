using System.Globalization;
using System.Text;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Formats;
using OrgLife.Tally.Merging;

namespace OrgLife.Tally.Tests.Formats;

public sealed class CsvBallotReaderTests
{
    private static (List<BranchTally> Tallies, List<CsvRowError> Errors) Read(string csv, BallotForm? form = null, int graded = 2, int issued = 10)
    {
        var errors = new List<CsvRowError>();
        var reader = new CsvBallotReader(_ => new BallotBox(form ?? BallotForms.FourGrades, TestForms.Candidates(graded, 1), issued), errors.Add);
        var tallies = reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv))).ToList();
        return (tallies, errors);
    }

    [Fact]
    public void A_known_ballot_set_with_malformed_rows_and_a_duplicate_gives_exact_counts()
    {
        const string csv = """
            branch,ballot,candidate,grade
            b1,1,m1,优秀
            b1,1,m2,合格
            b1,2,m1,excellent
            b1,2,m2,
            b1,3,m1,"不合格"
            b1,3,m2,合格,extra
            b1,,m1,合格
            b1,4,m1,合格
            b1,4,m1,优秀
            b1,4,p1,优秀
            b1,4,x9,优秀
            b1,1,m1,优秀
            b2,1,m1,基本合格
            """;

        var (tallies, errors) = Read(csv);

        Assert.Equal(["b1", "b2"], tallies.Select(t => t.Branch.Value));
        Assert.Equal([7L, 8L], errors.Select(e => e.LineNumber));
        var report = tallies[0].Tally.ToReport(OrgLife.Tally.Reports.SuggestionRule.Default);
        Assert.Equal(4, report.Accepted);
        Assert.Equal(1, report.Rejected);
        Assert.Equal(2, report.SkippedRows);
        Assert.Equal([2L, 0, 0, 1], report.Candidates[0].Criteria[0].Combined.LevelCounts.ToArray());
        Assert.Equal(1, report.Candidates[0].Criteria[0].Combined.VoidMarks);
        Assert.Equal([0L, 1, 0, 0], report.Candidates[1].Criteria[0].Combined.LevelCounts.ToArray());
        Assert.Equal(3, report.Candidates[1].Criteria[0].Combined.Abstentions);
        Assert.Equal(1, report.IgnoredProbationaryMarks[0].Marks);
        Assert.Equal(1, report.UnattributableVoidMarks);
        Assert.Equal(1, tallies[1].Tally.Accepted);
        Assert.Equal(0, tallies[1].Tally.SkippedRows);
    }

    [Fact]
    public void Criterion_and_category_columns_may_come_in_any_order_and_quotes_may_hold_commas()
    {
        var form = new BallotForm(
            "f",
            [new Criterion("理想信念", Scale.GoodFairPoor), new Criterion("总体, 评价", Scale.FourGrades, true)],
            [new VoterCategory("党员"), new VoterCategory("群众代表")]);
        const string csv = """
            category,branch,ballot,candidate,criterion,grade
            党员,b1,1,m1,理想信念,好
            党员,b1,1,m1,"总体, 评价",合格
            群众代表,b1,2,m1,理想信念,POOR
            群众代表,b1,2,m1,,合格
            党员,b1,2,m1,理想信念,好
            """;

        var (tallies, errors) = Read(csv, form);

        Assert.Equal(6, Assert.Single(errors).LineNumber);
        var criteria = tallies[0].Tally.ToReport(OrgLife.Tally.Reports.SuggestionRule.Default, null, new OrgLife.Tally.Reports.ReportOptions { MinimumCategoryBallots = 1 }).Candidates[0].Criteria;
        Assert.Equal([1L, 0, 1], criteria[0].Combined.LevelCounts.ToArray());
        Assert.Equal([0L, 0, 1], criteria[0].ByCategory[1].LevelCounts.ToArray());
        Assert.Equal(2, criteria[1].Combined.LevelCounts[1]);
    }

    [Theory]
    [InlineData("b1,1,\"m1,合格", "never closed")]
    [InlineData("b1,1,m\"1,合格", "not quoted")]
    [InlineData("b1,1,\"m1\"x,合格", "after its closing quote")]
    [InlineData("b1,1,m1", "3 fields")]
    [InlineData(",1,m1,合格", "branch is empty")]
    public void A_malformed_row_is_reported_with_its_line_number_and_reason_and_skipped_alone(string row, string reason)
    {
        var (tallies, errors) = Read($"branch,ballot,candidate,grade\nb1,0,m1,优秀\n{row}\nb1,9,m1,优秀\n");
        var error = Assert.Single(errors);
        Assert.Equal(3, error.LineNumber);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(2, tallies[0].Tally.Accepted);
        Assert.Equal(1, tallies[0].Tally.SkippedRows);
    }

    [Fact]
    public void A_row_that_is_not_valid_utf8_is_skipped_as_badly_encoded()
    {
        var bytes = Encoding.UTF8.GetBytes("branch,ballot,candidate,grade\r\nb1,1,m1,优秀\r\n").Concat(new byte[] { (byte)'b', (byte)'1', (byte)',', (byte)'2', (byte)',', 0xFF, 0xFE, (byte)',', (byte)'x', (byte)'\n' }).ToArray();
        var errors = new List<CsvRowError>();
        var tallies = new CsvBallotReader(_ => new BallotBox(BallotForms.FourGrades, TestForms.Candidates(1), 5), errors.Add).Read(new MemoryStream(bytes)).ToList();
        Assert.Contains("UTF-8", Assert.Single(errors).Reason, StringComparison.Ordinal);
        Assert.Equal(1, tallies[0].Tally.Accepted);
    }

    [Fact]
    public void A_skipped_row_reads_in_English_exactly_as_before_and_in_Chinese_for_a_zh_culture()
    {
        var (_, errors) = Read("branch,ballot,candidate,grade\nb1,1,m1,优秀\nb1,2,\"m1,合格\n,3,m1,合格\nb1,4,m1\n");

        Assert.Equal(
            ["line 3: field 3 opens a quote that is never closed", "line 4: the branch is empty", "line 5: the row has 3 fields, the header 4"],
            errors.Select(e => e.ToString()));
        Assert.Equal("field 3 opens a quote that is never closed", errors[0].MessageIn(CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal(
            ["第 3 个字段的引号没有闭合", "党支部为空", "该行有 3 个字段，表头有 4 个"],
            errors.Select(e => e.MessageIn(CultureInfo.GetCultureInfo("zh-CN"))));
        Assert.Equal(new CsvRowError(4, errors[1].Text), errors[1]);
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_are_accepted()
    {
        var (tallies, errors) = Read("\uFEFFbranch,ballot,candidate,grade\r\nb1,1,m1,优秀\r\n");
        Assert.Empty(errors);
        Assert.Equal(1, tallies[0].Tally.Accepted);
    }

    [Fact]
    public void A_missing_or_unknown_header_column_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => Read("branch,ballot,candidate\nb1,1,m1\n"));
        Assert.Throws<InvalidDataException>(() => Read("branch,ballot,candidate,grade,colour\n"));
        Assert.Throws<InvalidDataException>(() => Read(""));
    }

    [Fact]
    public void A_header_problem_reads_as_before_in_English_and_in_Chinese_on_request()
    {
        var missing = Assert.Throws<InvalidDataException>(() => Read("\nbranch,ballot,grade\nb1,1,优秀\n"));
        var twice = Assert.Throws<InvalidDataException>(() => Read("branch,ballot,candidate,grade,Branch\n"));
        var empty = Assert.Throws<InvalidDataException>(() => Read("\n"));

        Assert.Equal("CSV header, line 2: the column 'candidate' is missing.", missing.Message);
        Assert.Equal(missing.Message, missing.MessageIn(CultureInfo.GetCultureInfo("en")));
        Assert.Equal("CSV 表头，第 2 行：缺少列“candidate”。", missing.MessageIn(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("Input.CsvHeader", missing.TallyText()!.Key);
        Assert.Equal("CSV header, line 1: the column 'branch' appears twice.", twice.Message);
        Assert.Equal("CSV 表头，第 1 行：列“branch”出现了两次。", twice.MessageIn(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("The CSV input is empty: expected a header such as 'branch,ballot,candidate,grade'.", empty.Message);
        Assert.Equal("CSV 输入为空：应有表头，例如“branch,ballot,candidate,grade”。", empty.MessageIn(CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void Rows_of_a_branch_without_a_box_are_reported_and_counted_nowhere()
    {
        var errors = new List<CsvRowError>();
        var reader = new CsvBallotReader(id => id.Value == "b1" ? new BallotBox(BallotForms.FourGrades, TestForms.Candidates(1), 5) : null, errors.Add);
        var tallies = reader.Read(new StringReader("branch,ballot,candidate,grade\nzz,1,m1,优秀\nb1,1,m1,优秀\n")).ToList();
        Assert.Equal(2, Assert.Single(errors).LineNumber);
        Assert.Equal(0, Assert.Single(tallies).Tally.SkippedRows);
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_skipped_without_holding_it()
    {
        var longRow = "b1,2,m1," + new string('x', Utf8LineBuffer.MaxLineLength + 10);
        var (tallies, errors) = Read($"branch,ballot,candidate,grade\nb1,1,m1,优秀\n{longRow}\nb1,3,m1,合格\n");
        Assert.Equal(3, Assert.Single(errors).LineNumber);
        Assert.Equal(2, tallies[0].Tally.Accepted);
    }

    [Fact]
    public void Multi_byte_characters_split_across_read_buffers_decode_the_same_as_from_text()
    {
        // Candidate IDs with 3- and 4-byte UTF-8 characters, over many 64 KiB buffers, so some characters straddle a boundary.
        var ids = new[] { "张三", "李四𠀀", "王五", "赵六𠀁七" };
        var candidates = new AssessmentCandidates(ids.Select(id => new MemberId(id)));
        var text = new StringBuilder("branch,ballot,candidate,grade\n");
        for (var ballot = 0; ballot < 12_000; ballot++)
        {
            foreach (var id in ids)
            {
                text.Append("支部").Append(ballot / 3000).Append(',').Append(ballot).Append(',').Append(id).Append(',').Append(ballot % 3 == 0 ? "优秀" : "基本合格").Append('\n');
            }
        }

        BallotBox Open(BranchId _) => new(BallotForms.FourGrades, candidates, 3000);
        var fromBytes = new CsvBallotReader(Open).Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()))).ToList();
        var fromText = new CsvBallotReader(Open).Read(new StringReader(text.ToString())).ToList();

        Assert.Equal(4, fromBytes.Count);
        Assert.Equal(fromText.Select(t => t.Tally), fromBytes.Select(t => t.Tally));
        var report = fromBytes[0].Tally.ToReport(OrgLife.Tally.Reports.SuggestionRule.Default);
        Assert.All(report.Candidates, c => Assert.Equal([1000L, 0, 2000, 0], c.Criteria[0].Combined.LevelCounts.ToArray()));
        Assert.Equal(0, report.UnattributableVoidMarks);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void The_line_limit_counts_characters_not_bytes(int beyondLimit, bool skipped)
    {
        // Three UTF-8 bytes per character: the line is about 3 MiB either way, and only its character count decides.
        const string prefix = "b1,2,m1,";
        var row = prefix + new string('优', Utf8LineBuffer.MaxLineLength - prefix.Length + beyondLimit);
        var (tallies, errors) = Read($"branch,ballot,candidate,grade\nb1,1,m1,优秀\n{row}\r\nb1,3,m1,合格\n");
        Assert.Equal(skipped ? [3L] : [], errors.Select(e => e.LineNumber));
        Assert.Equal(skipped ? 2 : 3, tallies[0].Tally.Accepted);
    }

    [Fact]
    public void Text_with_a_lone_surrogate_is_skipped_as_badly_encoded_like_invalid_bytes()
    {
        var errors = new List<CsvRowError>();
        var tallies = new CsvBallotReader(_ => new BallotBox(BallotForms.FourGrades, TestForms.Candidates(1), 5), errors.Add)
            .Read(new StringReader("branch,ballot,candidate,grade\nb1,1,m1,优秀\nb1,2,m1,\uD800\nb1,3,m1,合格")).ToList();
        Assert.Equal(3, Assert.Single(errors).LineNumber);
        Assert.Equal(2, tallies[0].Tally.Accepted);
    }
}
