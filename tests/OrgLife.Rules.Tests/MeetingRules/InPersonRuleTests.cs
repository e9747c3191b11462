using OrgLife.Findings;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class InPersonRuleTests
{
    private static Records.BranchRecord Online(bool? online) => MeetingSamples.Record(Sample.Branch(5), Sample.Meeting() with { IsOnline = online });

    [Fact]
    public void A_meeting_in_person_passes() => Assert.Equal(RuleOutcome.Passed, Online(false).Outcome("OL208"));

    [Fact]
    public void An_online_meeting_is_a_warning()
        => Assert.Equal(Severity.Warning, Online(true).Validate().Result("OL208").Findings.Single().Severity);

    [Fact]
    public void In_person_is_not_evaluated_when_not_recorded() => Online(null).AssertMissing("OL208", "meeting.isOnline");
}
