using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Reports;

/// <summary>OL405: a voter category of 1 to k − 1 ballots hides every breakdown by category, in the library's report.</summary>
public sealed class CategorySuppressionTests
{
    private static readonly BallotForm Form = new(
        "两类测评表",
        [new Criterion("总体评价", Scale.FourGrades, IsOverall: true)],
        [new VoterCategory("党员"), new VoterCategory("群众代表")],
        [new Criterion("班子满意度", Scale.Satisfaction)]);

    private static BallotBox Box(int members, int others)
    {
        var box = new BallotBox(Form, new AssessmentCandidates([new MemberId("m1")], []), members + others);
        for (var i = 0; i < members + others; i++)
        {
            box.Submit(new Ballot($"S{i}", i < members ? "党员" : "群众代表", [Mark.Of("m1", null, "优秀"), Mark.ForCommittee(null, "满意")]));
        }

        return box;
    }

    [Fact]
    public void A_category_with_fewer_than_three_ballots_hides_every_breakdown_by_default()
    {
        var report = Box(5, 2).Report();
        Assert.True(report.CategoryBreakdownSuppressed);
        Assert.Equal(ReportOptions.DefaultMinimumCategoryBallots, report.MinimumCategoryBallots);
        Assert.All(report.Candidates[0].Criteria, c => Assert.Empty(c.ByCategory));
        Assert.All(report.Committee, c => Assert.Empty(c.ByCategory));
        Assert.Equal(7, report.Candidates[0].Criteria[0].Combined.LevelCounts[0]);
    }

    [Fact]
    public void Categories_of_at_least_k_ballots_or_none_show_their_breakdowns()
    {
        Assert.False(Box(5, 3).Report().CategoryBreakdownSuppressed);
        var none = Box(5, 0).Report();
        Assert.False(none.CategoryBreakdownSuppressed);
        Assert.Equal(2, none.Candidates[0].Criteria[0].ByCategory.Length);
    }

    [Fact]
    public void The_minimum_is_an_option_and_one_shows_every_breakdown()
    {
        Assert.False(Box(5, 1).Report(options: new ReportOptions { MinimumCategoryBallots = 1 }).CategoryBreakdownSuppressed);
        var strict = Box(5, 3).Report(options: new ReportOptions { MinimumCategoryBallots = 4 });
        Assert.True(strict.CategoryBreakdownSuppressed);
        Assert.Equal(4, strict.MinimumCategoryBallots);
    }

    [Fact]
    public void A_minimum_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportOptions { MinimumCategoryBallots = 0 });
}
