using System.Text.RegularExpressions;
using OrgLife.Grades;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Formats;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests;

/// <summary>Runs the window unit's worked example of docs/tally.md (result rules and validity rules).</summary>
public sealed partial class ResultRuleExampleTests
{
    private static readonly string Section = ReadSection();

    private static string Block(string language) => BlockPattern().Matches(Section).First(m => m.Groups[1].Value == language).Groups[2].Value;

    private static AssessmentTally Tally()
    {
        var form = BallotFormJson.Parse(Block("json"));
        var reader = new CsvBallotReader(_ => new BallotBox(form, new AssessmentCandidates([new MemberId("m1"), new MemberId("m2"), new MemberId("m3")]), 10));
        return Assert.Single(reader.Read(new StringReader(Block("csv")))).Tally;
    }

    [Fact]
    public void The_documented_form_reads_back_to_an_equal_form()
    {
        var form = BallotFormJson.Parse(Block("json"));
        Assert.Equal(form, BallotFormJson.Parse(BallotFormJson.Serialize(form)));
        Assert.NotNull(form.ResultRule);
        Assert.Single(form.ValidityRules);
        Assert.True(form.Criteria[0].Scale.Levels[3].IsNonOpinion);
    }

    [Fact]
    public void The_documented_ballots_give_the_documented_results()
    {
        var tally = Tally();
        var rule = tally.Form.ResultRule!;
        var report = tally.ToReport(rule, new AssessmentAttendance(12, null));
        Assert.Equal((9L, 8L, 1L), (report.Returned, report.Accepted, report.VoidedBallots));
        Assert.Equal([5L, 3L], report.Categories.Select(c => c.Accepted));
        Assert.Equal("打分全部相同", report.VoidedByRule.Single(r => r.Ballots == 1).Rule.Name);
        Assert.True(report.IsValid);
        Assert.Equal(1, report.UnattributableVoidMarks);

        var m1 = report.Candidates[0].Outcome!;
        Assert.Equal((Grade.Qualified, 76.7m), (m1.Grade!.Value, m1.Value!.Value));
        Assert.Equal(Grade.Excellent, tally.ToReport(SuggestionRule.Default).Candidates[0].SuggestedGrade);

        var service = report.Candidates[1].Criteria[0].Combined;
        Assert.Equal([2L, 0, 2, 1], service.LevelCounts.ToArray());
        Assert.Equal((1L, 4L, 3L), (service.NonOpinions, service.Opinions, service.Abstentions));
        Assert.Equal(Grade.BasicallyQualified, report.Candidates[1].SuggestedGrade);
        Assert.Equal(Grade.Unqualified, report.Candidates[2].SuggestedGrade);

        var notValid = tally.ToReport(rule, new AssessmentAttendance(14, null));
        Assert.False(notValid.IsValid);
        Assert.All(notValid.Candidates, c => Assert.Null(c.SuggestedGrade));

        var without = tally.WithoutValidityRules().ToReport(rule, new AssessmentAttendance(12, null));
        Assert.Equal(79.5m, without.Candidates[0].Outcome!.Value);
        Assert.Equal(Grade.Qualified, without.Candidates[0].SuggestedGrade);
    }

    private static string ReadSection()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "tally.md")))
        {
            directory = directory.Parent;
        }

        var text = File.ReadAllText(Path.Combine(directory!.FullName, "docs", "tally.md"));
        return text[text.IndexOf("### Worked example: a window unit's scored form", StringComparison.Ordinal)..];
    }

    [GeneratedRegex(@"```(\w+)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BlockPattern();
}
