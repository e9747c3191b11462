using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class MinutesRuleTests
{
    private static Records.BranchRecord Minutes(bool? kept) => MeetingSamples.Record(Sample.Branch(5), Sample.Meeting() with { MinutesKept = kept });

    [Fact]
    public void Minutes_kept_pass() => Assert.Equal(RuleOutcome.Passed, Minutes(true).Outcome("OL211"));

    [Fact]
    public void No_minutes_is_an_error() => Assert.Equal(["OL211.NotKept"], Minutes(false).Keys("OL211"));

    [Fact]
    public void Minutes_are_not_evaluated_when_not_recorded() => Minutes(null).AssertMissing("OL211", "meeting.minutesKept");
}
