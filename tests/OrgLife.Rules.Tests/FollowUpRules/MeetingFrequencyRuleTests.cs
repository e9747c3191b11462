using NodaTime;
using OrgLife.Records;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.FollowUpRules;

public sealed class MeetingFrequencyRuleTests
{
    private static RuleResult Run(LocalDate asOf, OrgLifePolicy? policy = null, params LocalDate[] earlier)
        => new BranchRecord { Meeting = Sample.Meeting(), EarlierMeetingDates = [.. earlier] }.Validate(policy, asOf).Result("OL508");

    [Fact]
    public void Yearly_meetings_exactly_twelve_months_apart_pass()
        => Assert.Equal(RuleOutcome.Passed, Run(new(2027, 12, 15), null, new(2025, 12, 15), new(2024, 12, 15)).Outcome);

    [Fact]
    public void A_gap_one_day_longer_than_the_interval_is_a_warning()
    {
        var finding = Assert.Single(Run(new(2027, 1, 1), null, new LocalDate(2025, 12, 14)).Findings);
        Assert.Equal(("OL508.Gap", Findings.Severity.Warning), (finding.MessageKey, finding.Severity));
    }

    [Fact]
    public void The_latest_meeting_is_overdue_for_a_successor_the_day_after_the_interval()
    {
        Assert.Equal(RuleOutcome.Passed, Run(new(2027, 12, 15)).Outcome);
        Assert.Equal("OL508.Overdue", Assert.Single(Run(new(2027, 12, 16)).Findings).MessageKey);
    }

    [Fact]
    public void A_half_yearly_policy_flags_a_yearly_gap()
        => Assert.Equal("OL508.Gap", Assert.Single(Run(new(2027, 1, 1), PolicyPresets.Collection, new LocalDate(2025, 12, 15)).Findings).MessageKey);

    [Fact]
    public void Without_earlier_meeting_dates_the_rule_is_not_evaluated()
        => Assert.Equal(["earlierMeetingDates"], new BranchRecord { Meeting = Sample.Meeting() }.Validate().Result("OL508").MissingData.ToArray());
}
