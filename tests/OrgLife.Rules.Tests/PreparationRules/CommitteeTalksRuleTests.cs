using OrgLife.Preparation;
using OrgLife.Records;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.PreparationRules;

public sealed class CommitteeTalksRuleTests
{
    private static BranchRecord With(params Talk[] talks)
    {
        var branch = Sample.Branch(8);
        return PreparationSamples.Record(branch, PreparationSamples.Compliant(branch) with { Talks = [.. talks] });
    }

    private static Talk T(int a, int b, int daysBefore = 5) => new(Sample.Id(a), Sample.Id(b), Sample.MeetingDate.PlusDays(-daysBefore));

    [Fact]
    public void Every_pair_of_committee_members_talking_passes()
        => Assert.Equal(RuleOutcome.Passed, With(T(1, 2), T(3, 1), T(2, 3)).Outcome("OL103"));

    [Fact]
    public void A_missing_pair_gives_one_finding_naming_both_members()
    {
        var finding = With(T(1, 2), T(1, 3)).Validate().Result("OL103").Findings.Single();
        Assert.Equal("m02", finding.Subject.Id);
        Assert.Equal("Member 3", finding.Arguments["other"]);
        Assert.Equal("branch.members[1]", finding.Subject.Path);
    }

    [Fact]
    public void A_talk_dated_after_the_meeting_does_not_count()
        => Assert.Equal(["OL103.Missing"], With(T(1, 2), T(1, 3), T(2, 3, daysBefore: -1)).Keys("OL103"));

    [Fact]
    public void A_talk_on_the_meeting_day_counts()
        => Assert.Equal(RuleOutcome.Passed, With(T(1, 2), T(1, 3), T(2, 3, daysBefore: 0)).Outcome("OL103"));

    [Fact]
    public void A_branch_without_committee_has_no_pair_to_check()
    {
        var branch = Sample.Branch(5, hasCommittee: false);
        var record = PreparationSamples.Record(branch, new PreparationRecord { Talks = [] });
        Assert.Equal(RuleOutcome.Passed, record.Outcome("OL103"));
    }

    [Fact]
    public void Committee_talks_are_not_evaluated_without_talks()
        => PreparationSamples.Record(Sample.Branch(8), new PreparationRecord()).AssertMissing("OL103", "preparation.talks");
}
