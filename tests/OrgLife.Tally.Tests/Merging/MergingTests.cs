using OrgLife.Grades;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Merging;

public sealed class MergingTests
{
    private static AssessmentTally Tally(int graded, int issued, params string[][] ballots)
    {
        var box = new BallotBox(BallotForms.FourGrades, TestForms.Candidates(graded), issued);
        for (var b = 0; b < ballots.Length; b++)
        {
            box.Submit(new Ballot($"S{b}", null, [.. ballots[b].Select((level, c) => Mark.Of($"m{c + 1}", null, level))]));
        }

        return box.ToTally();
    }

    [Fact]
    public void Partials_of_two_party_groups_merge_into_the_tally_of_all_ballots()
    {
        var groupA = Tally(2, 2, ["优秀", "合格"], ["合格", "合格"]);
        var groupB = Tally(2, 1, ["不合格", ""]);
        var merged = groupA.Merge(groupB);

        Assert.Equal(3, merged.Issued);
        Assert.Equal(3, merged.Accepted);
        var report = merged.ToReport(SuggestionRule.Default);
        Assert.Equal([1L, 1, 0, 1], report.Candidates[0].Criteria[0].Combined.LevelCounts.ToArray());
        Assert.Equal(1, report.Candidates[1].Criteria[0].Combined.Abstentions);
    }

    [Fact]
    public void The_empty_tally_is_the_identity()
    {
        var tally = Tally(2, 2, ["优秀", "合格"]);
        var empty = AssessmentTally.Empty(BallotForms.FourGrades, TestForms.Candidates(2));
        Assert.Equal(tally, tally.Merge(empty));
        Assert.Equal(tally, empty.Merge(tally));
    }

    [Fact]
    public void Tallies_of_different_forms_or_candidates_do_not_merge()
    {
        var tally = Tally(2, 2);
        Assert.Throws<ArgumentException>(() => tally.Merge(AssessmentTally.Empty(BallotForms.GoodFairPoor, TestForms.Candidates(2))));
        Assert.Throws<ArgumentException>(() => tally.Merge(AssessmentTally.Empty(BallotForms.FourGrades, TestForms.Candidates(3))));
    }

    [Fact]
    public void A_roll_up_gives_each_level_its_determinations_votes_and_excellent_cap_breaches()
    {
        var branches = new[]
        {
            // Three graded, two suggested excellent: 3 × 2 > 3, over the cap.
            new BranchTally(new BranchId("b1"), ["粤", "广州"], Tally(3, 3, ["优秀", "优秀", "合格"], ["优秀", "优秀", "合格"])),
            // Three graded, one excellent: 3 × 1 = 3, at the cap, not over.
            new BranchTally(new BranchId("b2"), ["粤", "深圳"], Tally(3, 1, ["优秀", "合格", "不合格"])),
            // Returned more than issued: void, no suggestion.
            new BranchTally(new BranchId("b3"), ["粤", "深圳"], Tally(1, 0, ["优秀"])),
        };

        var rollUp = RollUp.Build(branches, SuggestionRule.Default);

        Assert.Equal(3, rollUp.Total.Branches);
        Assert.Equal(1, rollUp.Total.VoidAssessments);
        Assert.Equal(7, rollUp.Total.GradedMembers);
        Assert.Equal(new GradeDistribution(3, 2, 0, 1, 1), rollUp.Total.Suggested);
        // The void assessment's mark is in no total (OL401, Revision 2): it is reported apart.
        Assert.Equal(new GradeDistribution(5, 3, 0, 1, 0), rollUp.Total.Votes);
        Assert.Equal(new GradeDistribution(1, 0, 0, 0, 0), rollUp.Total.VoidAssessmentVotes);
        var shenzhen = rollUp.Node(["粤", "深圳"])!;
        Assert.Equal(2, shenzhen.Branches);
        Assert.Equal(0, shenzhen.BranchesOverExcellentCap);
        var breach = Assert.Single(rollUp.OverExcellentCap);
        Assert.Equal("b1", breach.Branch.Value);
        Assert.Equal((2L, 3L), (breach.SuggestedExcellent, breach.GradedMembers));
        Assert.Single(rollUp.OverExcellentCapUnder(["粤", "广州"]));
        Assert.Empty(rollUp.OverExcellentCapUnder(["粤", "深圳"]));
        Assert.Null(rollUp.Node(["湘"]));
    }

    [Fact]
    public void Roll_ups_of_counties_merge_into_the_roll_up_of_the_city()
    {
        var a = new BranchTally(new BranchId("a"), ["市", "甲县"], Tally(2, 1, ["优秀", "合格"]));
        var b = new BranchTally(new BranchId("b"), ["市", "乙县"], Tally(2, 1, ["不合格", "合格"]));
        var rule = SuggestionRule.Default;

        var merged = RollUp.Build([a], rule).Merge(RollUp.Build([b], rule));

        Assert.Equal(RollUp.Build([a, b], rule), merged);
        Assert.Equal(RollUp.Build([a, b], rule), RollUp.Empty(rule).Merge(merged));
        Assert.Equal(Grade.Unqualified, b.Tally.ToReport(rule).Candidates[0].SuggestedGrade);
    }
}
