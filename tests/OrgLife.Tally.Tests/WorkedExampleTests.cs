using System.Text.RegularExpressions;
using OrgLife.Grades;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Formats;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests;

/// <summary>Runs the worked example of docs/tally.md, so the document cannot drift from the code.</summary>
public sealed partial class WorkedExampleTests
{
    private static readonly string Document = File.ReadAllText(FindDocument());

    [Fact]
    public void The_documented_form_json_defines_the_six_criterion_form_with_two_voter_categories()
    {
        var form = BallotFormJson.Parse(Block("json"));
        Assert.Equal(6, form.Criteria.Length);
        Assert.Equal(5, form.OverallCriterionIndex);
        Assert.Equal(["党员", "群众代表"], form.VoterCategories.Select(c => c.Name));
        Assert.Equal(0.5m, form.VoterCategories[1].Weight);
        Assert.Equal(ScaleKind.Satisfaction, Assert.Single(form.CommitteeCriteria).Scale.Kind);
    }

    [Fact]
    public void The_documented_ballots_tallied_twice_give_equal_reports_and_another_rule_an_unequal_one()
    {
        AssessmentReport Tally(SuggestionRule rule)
        {
            var form = BallotFormJson.Parse(Block("json"));
            var reader = new CsvBallotReader(_ => new BallotBox(form, new AssessmentCandidates([new MemberId("m1"), new MemberId("m2")], [new MemberId("p1")]), 7), _ => { });
            return Assert.Single(reader.Read(new StringReader(Block("csv")))).Tally.ToReport(rule, null, new ReportOptions { MinimumCategoryBallots = 1 });
        }

        var first = Tally(SuggestionRule.Default);
        var second = Tally(SuggestionRule.Default);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { SkippedRows = second.SkippedRows + 1 });
        Assert.NotEqual(first, second with { Candidates = [.. second.Candidates.Reverse()] });
    }

    [Fact]
    public void The_documented_ballots_give_the_documented_report()
    {
        var form = BallotFormJson.Parse(Block("json"));
        var errors = new List<CsvRowError>();
        var reader = new CsvBallotReader(_ => new BallotBox(form, new AssessmentCandidates([new MemberId("m1"), new MemberId("m2")], [new MemberId("p1")]), 7), errors.Add);
        var tally = Assert.Single(reader.Read(new StringReader(Block("csv")))).Tally;
        var report = tally.ToReport(SuggestionRule.Default, null, new OrgLife.Tally.Reports.ReportOptions { MinimumCategoryBallots = 1 });

        Assert.Equal((7L, 7L, 6L, 1L, false), (report.Issued, report.Returned, report.Accepted, report.Rejected, report.IsVoid));
        Assert.Equal([4L, 2L], report.Categories.Select(c => c.Accepted));
        Assert.Equal(1, report.RejectionsByReason.Single(r => r.Code == RejectionCode.DuplicateSerial).Count);
        Assert.Equal(25, Assert.Single(errors).LineNumber);
        Assert.Equal(1, report.SkippedRows);
        Assert.Equal(1, Assert.Single(report.IgnoredProbationaryMarks).Marks);

        var m1 = report.Candidates[0];
        var overall = m1.Criteria[5];
        Assert.Equal([3L, 1, 0, 0], overall.ByCategory[0].LevelCounts.ToArray());
        Assert.Equal([0L, 2, 0, 0], overall.ByCategory[1].LevelCounts.ToArray());
        Assert.Equal([3L, 3, 0, 0], overall.Combined.LevelCounts.ToArray());
        Assert.Equal([0.5m, 0.5m, 0m, 0m], overall.Combined.Shares.ToArray());
        Assert.Null(overall.Combined.LeadingLevel);
        Assert.Equal(Grade.Qualified, m1.SuggestedGrade);
        Assert.Equal(Grade.Excellent, tally.ToReport(SuggestionRule.Default with { CombineCategoriesByWeight = true }).Candidates[0].SuggestedGrade);
        Assert.Equal([2L, 1, 0], m1.Criteria[0].Combined.LevelCounts.ToArray());
        Assert.Equal(3, m1.Criteria[0].Combined.Abstentions);
        Assert.Equal([1L, 0, 0], m1.Criteria[1].Combined.LevelCounts.ToArray());
        Assert.Equal(5, m1.Criteria[1].Combined.Abstentions);

        var m2 = report.Candidates[1].Criteria[5].Combined;
        Assert.Equal([0L, 3, 1, 1], m2.LevelCounts.ToArray());
        Assert.Equal((1L, 0L), (m2.VoidMarks, m2.Abstentions));
        Assert.Equal(Grade.Qualified, report.Candidates[1].SuggestedGrade);

        var committee = Assert.Single(report.Committee).Combined;
        Assert.Equal([2L, 1, 1], committee.LevelCounts.ToArray());
        Assert.Equal(2, committee.Abstentions);
    }

    private static string Block(string language) => BlockPattern().Matches(Document).First(m => m.Groups[1].Value == language).Groups[2].Value;

    private static string FindDocument()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "docs", "tally.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/tally.md not found above the test directory.");
    }

    [GeneratedRegex(@"```(\w+)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BlockPattern();
}
