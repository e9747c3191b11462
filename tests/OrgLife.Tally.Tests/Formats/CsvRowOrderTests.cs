using System.Text;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Formats;
using OrgLife.Tally.Merging;

namespace OrgLife.Tally.Tests.Formats;

/// <summary>Rows in any order (docs/tally.md, "Row order"): regrouped in memory within a bound, refused past it.</summary>
public sealed class CsvRowOrderTests
{
    private const string BallotOrder = """
        branch,ballot,candidate,grade
        b1,1,m1,优秀
        b1,1,m2,合格
        b1,2,m1,合格
        b1,2,m2,基本合格
        b2,1,m1,不合格
        b2,1,m2,优秀
        b2,2,m1,优秀
        """;

    [Fact]
    public void Rows_sorted_by_candidate_are_counted_as_the_same_ballots_in_ballot_order()
    {
        const string byCandidate = """
            branch,ballot,candidate,grade
            b1,1,m1,优秀
            b1,2,m1,合格
            b1,1,m2,合格
            b1,2,m2,基本合格
            b2,1,m1,不合格
            b2,2,m1,优秀
            b2,1,m2,优秀
            """;

        Assert.Equal(Summaries(BallotOrder), Summaries(byCandidate));
        Assert.Equal(2, Read(byCandidate).Tallies[0].Tally.Accepted);
    }

    [Fact]
    public void Interleaved_branches_give_each_branch_once_with_every_ballot()
    {
        const string interleaved = """
            branch,ballot,candidate,grade
            b1,1,m1,优秀
            b2,1,m1,不合格
            b1,1,m2,合格
            b2,1,m2,优秀
            b1,2,m1,合格
            b2,2,m1,优秀
            b1,2,m2,基本合格
            """;

        var (tallies, errors) = Read(interleaved);

        Assert.Empty(errors);
        Assert.Equal(["b1", "b2"], tallies.Select(t => t.Branch.Value));
        Assert.Equal(Summaries(BallotOrder), Summaries(interleaved));
    }

    [Fact]
    public void Concatenated_files_with_their_headers_and_byte_order_marks_count_as_one_file()
    {
        var first = "\uFEFFbranch,ballot,candidate,grade\r\nb1,1,m1,优秀\r\nb1,1,m2,合格\r\nb2,1,m1,不合格\r\n";
        var second = "\uFEFFbranch,ballot,candidate,grade\r\nb1,2,m1,合格\r\nb1,2,m2,基本合格\r\nb2,1,m2,优秀\r\nb2,2,m1,优秀\r\n";
        var third = "BRANCH,Ballot,Candidate,Grade\nb2,3,m1,合格\n";

        var (tallies, errors) = Read(first + second + third);

        Assert.Empty(errors);
        Assert.Equal(0, tallies.Sum(t => t.Tally.SkippedRows));
        Assert.Equal([2L, 3L], tallies.Select(t => t.Tally.Accepted));
        Assert.Equal(0, tallies.Sum(t => t.Tally.Rejected));
    }

    [Fact]
    public void A_repeated_header_with_other_columns_applies_to_the_rows_after_it()
    {
        const string csv = "branch,ballot,candidate,grade\nb1,1,m1,优秀\ngrade,candidate,ballot,branch\n合格,m1,2,b1\n优秀,m2,1,b1\n";

        var (tallies, errors) = Read(csv);

        Assert.Empty(errors);
        var report = tallies.Single().Tally.ToReport(OrgLife.Tally.Reports.SuggestionRule.Default);
        Assert.Equal(2, report.Accepted);
        Assert.Equal([1L, 1, 0, 0], report.Candidates[0].Criteria[0].Combined.LevelCounts.ToArray());
        Assert.Equal([1L, 0, 0, 0], report.Candidates[1].Criteria[0].Combined.LevelCounts.ToArray());
    }

    [Fact]
    public void Two_copies_of_a_ballot_scanned_back_to_back_are_a_duplicate_not_one_ballot()
    {
        const string csv = """
            branch,ballot,candidate,grade
            b1,1,m1,优秀
            b1,1,m2,合格
            b1,1,m1,优秀
            b1,1,m2,合格
            b1,2,m1,合格
            """;

        var report = Read(csv).Tallies.Single().Tally.ToReport(OrgLife.Tally.Reports.SuggestionRule.Default);

        Assert.Equal(2, report.Accepted);
        Assert.Equal(1, report.Rejected);
        Assert.Equal(1, report.RejectionsByReason.Single(r => r.Code == RejectionCode.DuplicateSerial).Count);
        Assert.Equal([1L, 1, 0, 0], report.Candidates[0].Criteria[0].Combined.LevelCounts.ToArray());
    }

    [Fact]
    public void A_copy_scanned_later_in_the_file_is_a_duplicate_and_a_ballots_other_rows_later_are_not()
    {
        const string csv = """
            branch,ballot,candidate,grade
            b1,1,m1,优秀
            b1,2,m1,合格
            b1,1,m2,合格
            b1,2,m2,合格
            b1,1,m1,优秀
            b1,1,m2,合格
            """;

        var report = Read(csv).Tallies.Single().Tally.ToReport(OrgLife.Tally.Reports.SuggestionRule.Default);

        Assert.Equal(2, report.Accepted);
        Assert.Equal(1, report.RejectionsByReason.Single(r => r.Code == RejectionCode.DuplicateSerial).Count);
        Assert.Equal([0L, 2, 0, 0], report.Candidates[1].Criteria[0].Combined.LevelCounts.ToArray());
    }

    [Fact]
    public void Two_levels_on_adjacent_rows_for_one_candidate_are_one_void_mark_not_a_second_copy()
    {
        const string csv = "branch,ballot,candidate,grade\nb1,1,m1,优秀\nb1,1,m1,合格\nb1,1,m2,合格\n";

        var report = Read(csv).Tallies.Single().Tally.ToReport(OrgLife.Tally.Reports.SuggestionRule.Default);

        Assert.Equal(1, report.Accepted);
        Assert.Equal(0, report.Rejected);
        Assert.Equal(1, report.Candidates[0].Criteria[0].Combined.VoidMarks);
    }

    [Fact]
    public void Row_errors_after_regrouping_name_the_lines_of_the_input()
    {
        const string csv = "branch,ballot,candidate,grade\nb1,1,m1,优秀\nb2,1,m1,合格\nb1,1,m2,合格,extra\nb2,1,m2,\"x\n";

        var (_, errors) = Read(csv);

        Assert.Equal([4L, 5L], errors.Select(e => e.LineNumber).Order());
    }

    [Fact]
    public void Input_apart_beyond_the_regroup_limit_stops_with_an_error_naming_the_line()
    {
        var csv = Encoding.UTF8.GetBytes("branch,ballot,candidate,grade\nb1,1,m1,优秀\nb2,1,m1,合格\nb1,2,m1,合格\n");
        var reader = new CsvBallotReader(_ => new BallotBox(BallotForms.FourGrades, TestForms.Candidates(2), 10)) { RegroupLimit = 40 };

        var seekable = Assert.Throws<InvalidDataException>(() => reader.Read(new MemoryStream(csv)).ToList());
        var piped = Assert.Throws<InvalidDataException>(() => reader.Read(new OneWayStream(csv)).ToList());

        Assert.StartsWith("line 4: ", seekable.Message);
        Assert.StartsWith("line 4: ", piped.Message);
        Assert.Contains("regrouped", piped.Message);
        Assert.StartsWith("第 4 行：同一党支部或同一张选票的行不相邻", seekable.MessageIn(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
        Assert.StartsWith("第 4 行：党支部“b1”在第 4 行之前已有行", piped.MessageIn(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void Input_that_cannot_seek_is_regrouped_like_a_file()
    {
        const string interleaved = "branch,ballot,candidate,grade\nb1,1,m1,优秀\nb2,1,m1,不合格\nb1,1,m2,合格\n";
        var errors = new List<CsvRowError>();
        var reader = new CsvBallotReader(_ => new BallotBox(BallotForms.FourGrades, TestForms.Candidates(2), 10), errors.Add);

        var piped = reader.Read(new OneWayStream(Encoding.UTF8.GetBytes(interleaved))).Select(Summary).ToList();
        var text = reader.Read(new StringReader(interleaved)).Select(Summary).ToList();

        Assert.Equal(Summaries(interleaved), piped);
        Assert.Equal(piped, text);
        Assert.Empty(errors);
    }

    private static List<string> Summaries(string csv) => Read(csv).Tallies.Select(Summary).ToList();

    private static string Summary(BranchTally branch)
    {
        var report = branch.Tally.ToReport(OrgLife.Tally.Reports.SuggestionRule.Default);
        return $"{branch.Branch.Value}: {report.Accepted} accepted, {report.Rejected} rejected; " +
            string.Join(" | ", report.Candidates.Select(c => string.Join(',', c.Criteria[0].Combined.LevelCounts)));
    }

    private static (List<BranchTally> Tallies, List<CsvRowError> Errors) Read(string csv)
    {
        var errors = new List<CsvRowError>();
        var reader = new CsvBallotReader(_ => new BallotBox(BallotForms.FourGrades, TestForms.Candidates(2), 10), errors.Add);
        return (reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv))).ToList(), errors);
    }

    /// <summary>A stream that cannot seek, like a pipe.</summary>
    internal sealed class OneWayStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
