using OrgLife.Members;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class ChairRuleTests
{
    [Fact]
    public void The_secretary_chairing_passes()
        => Assert.Equal(RuleOutcome.Passed, MeetingSamples.Record(Sample.Branch(6), m => m).Outcome("OL203"));

    [Fact]
    public void Someone_else_chairing_is_an_error()
    {
        var finding = MeetingSamples.Record(Sample.Branch(6), m => m with { ChairId = Sample.Id(2) }).Validate().Result("OL203").Findings.Single();
        Assert.Equal("OL203.NotSecretary", finding.MessageKey);
        Assert.Equal("Member 1", finding.Arguments["secretary"]);
    }

    [Fact]
    public void A_roster_without_secretary_cannot_have_the_secretary_chair()
    {
        var branch = Sample.Branch(6);
        branch = branch.WithMembers(branch.Members.Select(m => m with { Roles = BranchRoles.None }));
        Assert.Equal(["OL203.NoSecretary"], MeetingSamples.Record(branch, Sample.Meeting() with { ChairId = Sample.Id(2) }).Keys("OL203"));
    }

    [Fact]
    public void Chair_is_not_evaluated_when_not_recorded()
        => MeetingSamples.Record(Sample.Branch(6), Sample.Meeting()).AssertMissing("OL203", "meeting.chairId");
}
