using System.Collections.Immutable;
using OrgLife.Rules.Messages;

namespace OrgLife.Rules.Scheduling;

/// <summary>The labels of schedule entries, one template per <see cref="DueKind"/>, in both languages.</summary>
internal static class ScheduleLabels
{
    public static readonly MessageTemplate MemberNotice = new(
        "Schedule.MemberNotice",
        "Notify the attendees of the {meeting} on {meetingDate} (at least {days} before).",
        "通知参会人员 {meetingDate} 召开{meeting}（至少提前 {days} 天）。");

    public static readonly MessageTemplate SuperiorNotice = new(
        "Schedule.SuperiorNotice",
        "Tell the superior organization of the {meeting} on {meetingDate} (at least {days} before).",
        "向上级党组织报告 {meetingDate} 召开{meeting}（至少提前 {days} 天）。");

    public static readonly MessageTemplate PlanForReview = new(
        "Schedule.PlanForReview",
        "Send the plan of the {meeting} to the superior for review (at least {days} before).",
        "{meeting}方案报上级党组织审核（至少提前 {days} 天）。");

    public static readonly MessageTemplate Report = new(
        "Schedule.Report",
        "Report the meeting and its minutes to the superior (within {days} after the meeting).",
        "向上级党组织报送会议情况和会议记录（会后 {days} 天内）。");

    public static readonly MessageTemplate BranchProgressReport = new(
        "Schedule.BranchProgressReport",
        "Rectification progress report {number} to the members (every {months}).",
        "第 {number} 次向党员群众通报整改情况（每 {months} 个月）。");

    public static readonly MessageTemplate MemberCommitmentReport = new(
        "Schedule.MemberCommitmentReport",
        "Members' reports on their commitments, round {number} (every {months}).",
        "第 {number} 次党员报告兑现承诺情况（每 {months} 个月）。");

    public static readonly MessageTemplate CampaignDeadline = new(
        "Schedule.CampaignDeadline",
        "Campaign deadline: the meeting and the evaluation completed (policy {policy}).",
        "完成时限：组织生活会和民主评议党员完成（政策 {policy}）。");

    public static readonly MessageTemplate NextMeeting = new(
        "Schedule.NextMeeting",
        "The next organizational-life meeting is due (at least every {months}).",
        "下一次组织生活会最迟召开日期（至少每 {months} 个月一次）。");

    /// <summary>Every label template.</summary>
    public static ImmutableArray<MessageTemplate> All { get; } =
        [MemberNotice, SuperiorNotice, PlanForReview, Report, BranchProgressReport, MemberCommitmentReport, CampaignDeadline, NextMeeting];
}
