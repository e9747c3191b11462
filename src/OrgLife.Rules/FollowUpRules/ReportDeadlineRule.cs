using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Scheduling;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.FollowUpRules;

/// <summary>
/// OL501 ReportDeadline 会后报告 — the meeting report and minutes reach the superior within N calendar days
/// after the meeting, day N included (N = 10, or 15 for a 民主生活会; policy ReportDays /
/// DemocraticLifeReportDays). A report not yet made is late only once the as-of date is past the due
/// date; until then the rule passes with an Info finding "due on DATE". Where the policy sets no deadline (the national
/// default and City-2019/Village-2019 after a 组织生活会) the rule is not applicable.
/// </summary>
internal sealed class ReportDeadlineRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL501"),
        "ReportDeadline",
        "会后报告",
        "Where the policy sets a deadline, the meeting report and minutes reach the superior within N days (the Collection: 10; a democratic-life meeting: 15).",
        Severity.Error,
        [
            Sources.Collection("第一篇 3.1", "会后十天内,要向上级党组织报送会议情况的书面报告和会议记录。"),
            Sources.District2017("附件1 三.2", "民主生活会结束后15日内，应当将会议情况报告和会议记录报上级党组织，并报送上级纪委和党委组织部门。"),
        ])
    {
        ChineseSummary = "政策规定期限的，会后在期限内向上级党组织报送会议情况报告和会议记录（《组织生活会程序》会后十天内；民主生活会结束后15日内）。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL501.Late",
            "The report reached the superior on {date}, after the due date {due} (within {days} after the meeting).",
            "会议情况于 {date} 报送上级，晚于截止日期 {due}（会后 {days} 天内）。"),
        new("OL501.Overdue",
            "The report to the superior was due on {due} (within {days} after the meeting) and has not been made.",
            "会议情况应于 {due} 前报送上级（会后 {days} 天内），至今未报送。"),
        new("OL501.Pending",
            "The report to the superior is due on {due}.",
            "会议情况应于 {due} 前报送上级。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        // City-2019 and Village-2019 "不要求…总结报告"; the national default sets no deadline after a 组织生活会.
        if (context.Meeting is { } meeting && context.Policy.ReportDaysFor(context.IsDemocraticLife) is null)
        {
            return RuleEvaluation.NotRequiredBy(context.Policy, meeting.Kind);
        }

        if (!FollowUpPaths.TryGetMeetingDate(context, out var meetingDate, out var missingPath))
        {
            return RuleEvaluation.Missing(missingPath);
        }

        if (context.FollowUp?.ReportSubmitted is not { } report)
        {
            return RuleEvaluation.Missing(FollowUpPaths.ReportSubmitted);
        }

        var days = context.Policy.ReportDaysFor(context.IsDemocraticLife)!.Value;
        var due = DueDates.After(meetingDate, days);
        var subject = FollowUpPaths.FollowUp(FollowUpPaths.ReportSubmitted);
        return report switch
        {
            { Happened: true, Date: null } => RuleEvaluation.Missing(RecordPaths.Of(FollowUpPaths.ReportSubmitted, "date")),
            { Happened: true, Date: { } date } when date > due
                => RuleEvaluation.Of([RuleEvaluation.Finding(subject, "OL501.Late", Severity.Error, ("date", date), ("due", due), ("days", Quantity.Days(days)))]),
            { Happened: true } => RuleEvaluation.Passed,
            _ when DueDates.IsPast(due, context.AsOf)
                => RuleEvaluation.Of([RuleEvaluation.Finding(subject, "OL501.Overdue", Severity.Error, ("due", due), ("days", Quantity.Days(days)))]),
            _ => RuleEvaluation.Of([RuleEvaluation.Finding(subject, "OL501.Pending", Severity.Info, ("due", due))]),
        };
    }
}
