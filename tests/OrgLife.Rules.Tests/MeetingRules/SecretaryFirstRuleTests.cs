using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class SecretaryFirstRuleTests
{
    private static Records.BranchRecord Order(params int[] members)
        => MeetingSamples.Record(Sample.Branch(5), Sample.Meeting() with { SelfExaminationOrder = [.. members.Select(Sample.Id)] });

    [Fact]
    public void The_secretary_going_first_passes()
        => Assert.Equal(RuleOutcome.Passed, Order(1, 2, 3).Outcome("OL205"));

    [Fact]
    public void Someone_else_going_first_is_an_error()
        => Assert.Equal(["OL205.NotFirst"], Order(2, 1, 3).Keys("OL205"));

    [Fact]
    public void A_secretary_who_gave_no_self_examination_is_reported()
    {
        Assert.Equal(["OL205.SecretaryAbsent"], Order(2, 3).Keys("OL205"));
        Assert.Equal(["OL205.SecretaryAbsent"], Order().Keys("OL205"));
    }

    [Fact]
    public void Secretary_first_is_not_evaluated_without_the_order()
        => MeetingSamples.Record(Sample.Branch(5), Sample.Meeting()).AssertMissing("OL205", "meeting.selfExaminationOrder");
}
