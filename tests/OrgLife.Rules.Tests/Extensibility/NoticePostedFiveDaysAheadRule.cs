using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Extensibility;
using OrgLife.Rules.Messages;

namespace Province.OrgLifeRules;

/// <summary>OL190 会前5天通知 — a province's own rule: members are told of a 组织生活会 at least five days before it.</summary>
public sealed class NoticePostedFiveDaysAheadRule : OrgLifeRule
{
    private const int LeadDays = 5;

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL190"),
        "NoticePostedFiveDaysAhead",
        "会前5天通知",
        "Members are notified of an organizational-life meeting at least five calendar days before it.",
        Severity.Error,
        [new SourceCitation("某省组织生活会工作规范（示例）", "第三条", "Province-2026")])
    {
        ChineseSummary = "召开组织生活会，应至少提前5天通知党员。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL190.Late", "Members were notified on {notified}, less than {days} days before the meeting on {meeting}.", "党员于{notified}才接到通知，距{meeting}召开会议不足{days}天。"),
        new("OL190.NotNotified", "Members were not notified before the meeting on {meeting}.", "{meeting}召开会议前未通知党员。"),
    ];

    // A 民主生活会 has its own notice (OL106 under the policy): this province's rule concerns the 组织生活会 only.
    public override bool AppliesTo(MeetingKind kind) => kind == MeetingKind.OrganizationalLife;

    public override RuleCheck Check(RuleInput input)
    {
        // Not recorded is not done: each absent datum is named, and the rule is "not evaluated", never passed.
        var meetingDate = input.Record.Meeting?.Date;
        var notice = input.Record.Preparation?.MemberNotice;
        List<string> missing = [];
        if (meetingDate is null)
        {
            missing.Add("meeting.date");
        }

        if (notice is null || (notice.Happened && notice.Date is null))
        {
            missing.Add(notice is null ? "preparation.memberNotice" : "preparation.memberNotice.date");
        }

        if (missing.Count > 0)
        {
            return RuleCheck.NotEvaluated([.. missing]);
        }

        var subject = new FindingSubject(SubjectKind.Meeting, null, "preparation.memberNotice");
        if (!notice!.Happened)
        {
            return RuleCheck.Of(new RuleFinding(subject, "OL190.NotNotified", Severity.Error, new Dictionary<string, object> { ["meeting"] = meetingDate!.Value }));
        }

        return notice.Date!.Value.PlusDays(LeadDays) <= meetingDate!.Value
            ? RuleCheck.Passed
            : RuleCheck.Of(new RuleFinding(subject, "OL190.Late", Severity.Error, new Dictionary<string, object>
            {
                ["notified"] = notice.Date.Value,
                ["meeting"] = meetingDate.Value,
                ["days"] = LeadDays,
            }));
    }
}
