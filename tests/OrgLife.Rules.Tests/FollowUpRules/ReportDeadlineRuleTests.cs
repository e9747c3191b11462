using OrgLife.Findings;
using OrgLife.FollowUp;
using OrgLife.Meetings;
using OrgLife.Records;
using OrgLife.Rules.Tests.Support;
using static OrgLife.Rules.Tests.Support.FollowUpSamples;

namespace OrgLife.Rules.Tests.FollowUpRules;

public sealed class ReportDeadlineRuleTests
{
    private static RuleResult Run(Occurrence? report, MeetingKind kind = MeetingKind.OrganizationalLife, int asOfDays = 100)
        => Record(new FollowUpRecord { ReportSubmitted = report }, kind).Validate(Policies.PolicyPresets.Collection, asOf: Sample.MeetingDate.PlusDays(asOfDays)).Result("OL501");

    [Fact]
    public void A_report_on_day_ten_is_in_time_and_day_eleven_is_late()
    {
        Assert.Equal(RuleOutcome.Passed, Run(Occurrence.On(Sample.MeetingDate.PlusDays(10))).Outcome);
        var late = Run(Occurrence.On(Sample.MeetingDate.PlusDays(11)));
        Assert.Equal(RuleOutcome.Violated, late.Outcome);
        Assert.Equal("2026-12-25", Assert.Single(late.Findings).Arguments["due"]);
    }

    [Fact]
    public void A_democratic_life_meeting_allows_fifteen_days()
    {
        Assert.Equal(RuleOutcome.Passed, Run(Occurrence.On(Sample.MeetingDate.PlusDays(15)), MeetingKind.DemocraticLife).Outcome);
        Assert.Equal(RuleOutcome.Violated, Run(Occurrence.On(Sample.MeetingDate.PlusDays(16)), MeetingKind.DemocraticLife).Outcome);
    }

    [Fact]
    public void A_report_not_made_is_overdue_only_after_the_due_day()
    {
        var onDueDay = Run(Occurrence.NotDone, asOfDays: 10);
        Assert.Equal(RuleOutcome.Passed, onDueDay.Outcome);
        var pending = Assert.Single(onDueDay.Findings);
        Assert.Equal((Severity.Info, "OL501.Pending"), (pending.Severity, pending.MessageKey));

        var dayAfter = Run(Occurrence.NotDone, asOfDays: 11);
        Assert.Equal("OL501.Overdue", Assert.Single(dayAfter.Findings).MessageKey);
    }

    [Fact]
    public void Unrecorded_report_or_meeting_date_is_not_evaluated()
    {
        Assert.Equal(["followUp.reportSubmitted"], Run(null).MissingData.ToArray());
        Assert.Equal(["followUp.reportSubmitted.date"], Run(new Occurrence(true)).MissingData.ToArray());
        var noDate = Record(new FollowUpRecord { ReportSubmitted = Occurrence.NotDone }) with { Meeting = Sample.Meeting() with { Date = null } };
        Assert.Equal(["meeting.date"], noDate.Validate(Policies.PolicyPresets.Collection).Result("OL501").MissingData.ToArray());
        Assert.Equal(["meeting"], (noDate with { Meeting = null }).Validate(Policies.PolicyPresets.Collection).Result("OL501").MissingData.ToArray());
    }

    [Fact]
    public void The_late_message_renders_in_Chinese()
        => Assert.Equal(
            "会议情况于 2026-12-26 报送上级，晚于截止日期 2026-12-25（会后 10 天内）。",
            Record(new FollowUpRecord { ReportSubmitted = Occurrence.On(Sample.MeetingDate.PlusDays(11)) }).Validate(Policies.PolicyPresets.Collection, culture: Sample.Chinese).Result("OL501").Findings.Single().Message);

    [Fact]
    public void The_national_default_sets_no_report_deadline_after_an_organizational_life_meeting_so_a_late_report_is_not_applicable()
    {
        var late = Record(new FollowUpRecord { ReportSubmitted = Occurrence.On(Sample.MeetingDate.PlusDays(30)) });

        var result = late.Validate(Policies.PolicyPresets.National, Sample.MeetingDate.PlusDays(40)).Result("OL501");

        Assert.Equal(RuleOutcome.NotApplicable, result.Outcome);
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("city-2019")]
    [InlineData("village-2019")]
    public void City_2019_and_Village_2019_ask_for_no_report_so_a_report_never_made_is_no_error(string preset)
    {
        var never = Record(new FollowUpRecord { ReportSubmitted = Occurrence.NotDone });

        var report = never.Validate(Policies.PolicyPresets.ByName(preset), Sample.MeetingDate.PlusDays(60));

        Assert.Equal(RuleOutcome.Disabled, report.Result("OL501").Outcome);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == new RuleId("OL501"));
    }

    [Fact]
    public void A_democratic_life_meeting_keeps_its_fifteen_days_under_the_national_default()
        => Assert.Equal(RuleOutcome.Violated, Record(new FollowUpRecord { ReportSubmitted = Occurrence.On(Sample.MeetingDate.PlusDays(16)) }, MeetingKind.DemocraticLife).Validate(Policies.PolicyPresets.National).Result("OL501").Outcome);
}
