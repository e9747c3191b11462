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
        => Record(new FollowUpRecord { ReportSubmitted = report }, kind).Validate(asOf: Sample.MeetingDate.PlusDays(asOfDays)).Result("OL501");

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
        Assert.Equal(["meeting.date"], noDate.Validate().Result("OL501").MissingData.ToArray());
        Assert.Equal(["meeting"], (noDate with { Meeting = null }).Validate().Result("OL501").MissingData.ToArray());
    }

    [Fact]
    public void The_late_message_renders_in_Chinese()
        => Assert.Equal(
            "会议情况于 2026-12-26 报送上级，晚于截止日期 2026-12-25（会后 10 天内）。",
            Record(new FollowUpRecord { ReportSubmitted = Occurrence.On(Sample.MeetingDate.PlusDays(11)) }).Validate(culture: Sample.Chinese).Result("OL501").Findings.Single().Message);
}
