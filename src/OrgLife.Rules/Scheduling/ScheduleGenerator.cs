using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.Scheduling;

/// <summary>
/// The built-in schedule generator. From a meeting's kind and date and the policy it derives, each with its
/// rule ID: the member notice (meeting − N days, OL106), the superior notice (meeting − 7 days, OL107, when
/// the policy requires it), for a 民主生活会 the plan review (meeting − 15 days, OL108), the report (meeting +
/// 10 or 15 days, OL501), the branch progress reports (meeting + k × 6 months, OL504) and the members'
/// commitment reports (meeting + k × 3 months, OL505) within the following year, the campaign deadline when
/// the policy sets one (OL507) and the next meeting (meeting + 12 months, OL508). Days are calendar days
/// (<see cref="Period.FromDays(int)"/>); months clamp at month ends as NodaTime does
/// (<see cref="Period.FromMonths(int)"/>), always counted from the meeting. Stateless and thread safe.
/// </summary>
public sealed class ScheduleGenerator : IScheduleGenerator
{
    /// <inheritdoc />
    public MeetingSchedule Generate(MeetingKind kind, LocalDate meetingDate, DateTimeZone timeZone, OrgLifePolicy policy, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(culture);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "ScheduleGenerator.Generate: unknown meeting kind.");
        }

        // Dates of another calendar are read in ISO: NodaTime would refuse to order them against the ISO ones.
        meetingDate = IsoDates.Of(meetingDate);
        policy = IsoDates.Of(policy);
        var language = MessageLanguages.For(culture);
        var democraticLife = kind == MeetingKind.DemocraticLife;
        var entries = new List<ScheduleEntry>();

        void Add(string rule, DueKind due, LocalDate date, MessageTemplate label, int number = 1, ReportingPeriod? period = null, params (string Name, object Value)[] arguments)
            => entries.Add(new ScheduleEntry(new RuleId(rule), due, date, DueBound.OnOrBefore, number, period, label.Key, MessageRenderer.Render(label, language, [.. arguments])));

        var noticeDays = policy.NoticeDaysFor(democraticLife);
        Add("OL106", DueKind.MemberNotice, DueDates.Before(meetingDate, noticeDays), ScheduleLabels.MemberNotice, arguments: [("meeting", kind), ("meetingDate", meetingDate), ("days", Quantity.Days(noticeDays))]);
        if (policy.SuperiorNoticeRequired)
        {
            Add("OL107", DueKind.SuperiorNotice, DueDates.Before(meetingDate, policy.SuperiorNoticeDays), ScheduleLabels.SuperiorNotice, arguments: [("meeting", kind), ("meetingDate", meetingDate), ("days", Quantity.Days(policy.SuperiorNoticeDays))]);
        }

        if (democraticLife)
        {
            Add("OL108", DueKind.PlanForReview, DueDates.Before(meetingDate, policy.PlanLeadDays), ScheduleLabels.PlanForReview, arguments: [("meeting", kind), ("days", Quantity.Days(policy.PlanLeadDays))]);
        }

        if (policy.ReportDaysFor(democraticLife) is { } reportDays)
        {
            Add("OL501", DueKind.Report, DueDates.After(meetingDate, reportDays), ScheduleLabels.Report, arguments: [("days", Quantity.Days(reportDays))]);
        }

        // OL504 and OL505 follow a branch's 组织生活会, not a leadership 民主生活会 (RULES.md Revision 2, "Evaluation").
        foreach (var period in democraticLife ? [] : DueDates.BranchProgressPeriods(meetingDate, policy))
        {
            Add("OL504", DueKind.BranchProgressReport, period.Due, policy.BranchProgressReportsRecurring ? ScheduleLabels.BranchProgressReport : ScheduleLabels.BranchProgressReportOnce, period.Number, period, [("number", period.Number), ("months", Quantity.Months(policy.BranchProgressReportMonths))]);
        }

        foreach (var period in democraticLife ? [] : DueDates.PeriodsOfYearAfter(meetingDate, policy.MemberCommitmentReportMonths))
        {
            Add("OL505", DueKind.MemberCommitmentReport, period.Due, ScheduleLabels.MemberCommitmentReport, period.Number, period, [("number", period.Number), ("months", Quantity.Months(policy.MemberCommitmentReportMonths))]);
        }

        if (policy.CampaignDeadline is { } deadline)
        {
            Add("OL507", DueKind.CampaignDeadline, deadline, ScheduleLabels.CampaignDeadline, arguments: [("policy", policy.Name)]);
        }

        // Yearly meetings count by 年度, as OL508 does: the next 年度's meeting is due by its last possible day.
        var nextMeeting = policy.MeetingIntervalMonths == 12
            ? FollowUpRules.ReportingYear.LastDayFor(FollowUpRules.ReportingYear.Of(meetingDate, policy.CampaignDeadline) + 1, policy.CampaignDeadline)
            : DueDates.MonthsAfter(meetingDate, policy.MeetingIntervalMonths);
        Add("OL508", DueKind.NextMeeting, nextMeeting, ScheduleLabels.NextMeeting, arguments: [("months", Quantity.Months(policy.MeetingIntervalMonths))]);

        var ordered = entries.OrderBy(e => e.DueDate).ThenBy(e => e.Kind).ThenBy(e => e.Number).ToImmutableArray();
        return new MeetingSchedule(kind, meetingDate, timeZone, ordered);
    }
}
