using NodaTime;
using OrgLife.Records;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.FollowUpRules;

public sealed class MeetingFrequencyRuleTests
{
    private static RuleResult Run(LocalDate asOf, OrgLifePolicy? policy = null, params LocalDate[] earlier)
        => new BranchRecord { Meeting = Sample.Meeting(), EarlierMeetingDates = [.. earlier] }.Validate(policy, asOf).Result("OL508");

    private static RuleResult Held(LocalDate date, OrgLifePolicy policy, LocalDate asOf, int? forYear = null, Meetings.PostponementApproval? postponement = null, params LocalDate[] earlier)
        => new BranchRecord { Meeting = Sample.Meeting() with { Date = date, ForYear = forYear, Postponement = postponement }, EarlierMeetingDates = [.. earlier] }.Validate(policy, asOf).Result("OL508");

    [Fact]
    public void Yearly_meetings_one_a_year_pass()
        => Assert.Equal(RuleOutcome.Passed, Run(new(2027, 12, 15), null, new(2025, 12, 15), new(2024, 12, 15)).Outcome);

    [Fact]
    public void A_year_without_a_meeting_is_a_warning_naming_the_year()
    {
        var finding = Assert.Single(Run(new(2027, 1, 1), null, new LocalDate(2024, 12, 14)).Findings);
        Assert.Equal(("OL508.YearMissed", Findings.Severity.Warning, "2025"), (finding.MessageKey, finding.Severity, finding.Arguments["year"]));
    }

    [Fact]
    public void Yearly_the_next_year_is_overdue_only_after_its_last_day()
    {
        Assert.Equal(RuleOutcome.Passed, Run(new(2027, 12, 31)).Outcome);
        Assert.Equal("OL508.YearOverdue", Assert.Single(Run(new(2028, 1, 1)).Findings).MessageKey);
    }

    [Fact]
    public void A_meeting_held_in_the_first_quarter_by_the_campaign_deadline_counts_for_the_previous_year()
    {
        var march = new LocalDate(2019, 3, 25);
        Assert.Equal(RuleOutcome.Passed, Held(march, PolicyPresets.City2019, new(2019, 6, 1), earlier: new LocalDate(2017, 12, 20)).Outcome);
        Assert.Equal("OL508.YearMissed", Assert.Single(Held(march, PolicyPresets.National, new(2019, 6, 1), earlier: new LocalDate(2017, 12, 20)).Findings).MessageKey);
    }

    [Fact]
    public void A_recorded_year_decides_which_year_the_meeting_is_for()
        => Assert.Equal(RuleOutcome.Passed, Held(new(2019, 3, 25), PolicyPresets.National, new(2019, 6, 1), forYear: 2018, earlier: new LocalDate(2017, 12, 20)).Outcome);

    [Fact]
    public void A_gap_one_day_longer_than_a_half_year_is_a_warning()
    {
        var finding = Assert.Single(Run(new(2027, 1, 1), PolicyPresets.Collection, new LocalDate(2026, 6, 14)).Findings);
        Assert.Equal(("OL508.Gap", Findings.Severity.Warning), (finding.MessageKey, finding.Severity));
    }

    [Fact]
    public void A_meeting_held_by_the_date_of_an_approved_postponement_is_on_time()
    {
        var approved = new Meetings.PostponementApproval { NewDeadline = Sample.MeetingDate, ApprovedOn = new(2026, 6, 1) };
        Assert.Equal(RuleOutcome.Passed, Held(Sample.MeetingDate, PolicyPresets.Collection, new(2027, 1, 1), postponement: approved, earlier: new LocalDate(2026, 6, 14)).Outcome);
    }

    [Fact]
    public void A_half_yearly_policy_flags_a_yearly_gap()
        => Assert.Equal("OL508.Gap", Assert.Single(Run(new(2027, 1, 1), PolicyPresets.Collection, new LocalDate(2025, 12, 15)).Findings).MessageKey);

    [Fact]
    public void Without_earlier_meeting_dates_the_rule_is_not_evaluated()
        => Assert.Equal(["earlierMeetingDates"], new BranchRecord { Meeting = Sample.Meeting() }.Validate().Result("OL508").MissingData.ToArray());
}
