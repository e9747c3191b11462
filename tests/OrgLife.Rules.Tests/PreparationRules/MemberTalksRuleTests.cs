using OrgLife.Preparation;
using OrgLife.Records;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.PreparationRules;

public sealed class MemberTalksRuleTests
{
    private static BranchRecord With(params Talk[] talks)
    {
        var branch = Sample.Branch(5, probationary: 1);
        return PreparationSamples.Record(branch, PreparationSamples.Compliant(branch) with { Talks = [.. talks] });
    }

    private static Talk T(int a, int b, int daysBefore = 5) => new(Sample.Id(a), Sample.Id(b), Sample.MeetingDate.PlusDays(-daysBefore));

    private static readonly OrgLifePolicy BySecretary = PolicyPresets.National with { MemberTalkPartner = TalkPartner.Secretary };

    [Fact]
    public void Every_member_talking_with_some_committee_member_passes_by_default()
        => Assert.Equal(RuleOutcome.Passed, With(T(2, 4), T(5, 3), T(6, 2)).Outcome("OL104"));

    [Fact]
    public void A_member_without_a_talk_is_reported_probationary_members_included()
    {
        Assert.Equal(["m06"], With(T(2, 4), T(5, 3)).Subjects("OL104"));
    }

    [Fact]
    public void Under_the_secretary_policy_a_talk_with_another_committee_member_is_not_enough()
    {
        var record = With(T(2, 4), T(1, 5), T(1, 6), T(1, 2), T(1, 3));
        Assert.Equal(["m04"], record.Subjects("OL104", BySecretary));
        Assert.Contains("the secretary", record.Validate(BySecretary).Result("OL104").Findings[0].Message);
    }

    [Fact]
    public void Talks_after_the_meeting_do_not_count()
        => Assert.Equal(["m06"], With(T(2, 4), T(5, 3), T(6, 2, daysBefore: -3)).Subjects("OL104"));

    [Fact]
    public void Member_talks_are_not_evaluated_without_talks()
        => PreparationSamples.Record(Sample.Branch(5), new PreparationRecord()).AssertMissing("OL104", "preparation.talks");
}
