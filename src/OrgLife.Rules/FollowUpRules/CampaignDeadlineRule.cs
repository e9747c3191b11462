using System.Collections.Immutable;
using OrgLife.Evaluation;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.FollowUpRules;

/// <summary>
/// OL507 CampaignDeadline 完成时限 — the meeting and the evaluation were completed by the campaign's deadline
/// (policy CampaignDeadline; on the deadline is in time). The evaluation's completion is the date of its
/// organizational-determination step when one is recorded; without it only the meeting is judged. A
/// policy that sets no deadline passes the rule with an Info finding saying so (there is nothing to miss),
/// rather than reporting it "not evaluated", which would suggest the record lacks something; a record
/// without a meeting date is "not evaluated" either way.
/// A postponement the superior approved (<see cref="Meetings.Meeting.Postponement"/>) makes its new date the deadline.
/// </summary>
internal sealed class CampaignDeadlineRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL507"),
        "CampaignDeadline",
        "完成时限",
        "The meeting and the evaluation were completed by the campaign's deadline, or by the new date of a postponement the superior approved.",
        Severity.Error,
        [
            Sources.City2019("四.6", "组织生活会和民主评议党员要在2019年3月底前完成。"),
            Sources.Village2019("三(三)", "组织生活会和民主评议党员要在2019年3月20日前完成。"),
            Sources.Municipal2016("一", "专题组织生活会和民主评议党员工作要坚持时间服从质量，不赶进度，在2017年3月底前完成。"),
            Sources.Collection("第一篇 3.5", "对未经上级党组织同意而不按时召开组织生活会的支部主要负责人以及无故不参加民主生活会的班子成员,应给予批评教育。"),
        ])
    {
        ChineseSummary = "组织生活会和民主评议党员在规定时限前完成（经上级党组织同意延期的，以批准的日期为准）。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL507.NoDeadline",
            "The policy {policy} sets no campaign deadline.",
            "政策 {policy} 未设定完成时限。"),
        new("OL507.MeetingLate",
            "The meeting on {date} was after the campaign deadline {deadline}.",
            "会议于 {date} 召开，晚于完成时限 {deadline}。"),
        new("OL507.EvaluationLate",
            "The organizational determination on {date} was after the campaign deadline {deadline}.",
            "组织评定于 {date} 完成，晚于完成时限 {deadline}。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        // The meeting first: a record without one has nothing recorded to judge, deadline or not.
        if (!FollowUpPaths.TryGetMeetingDate(context, out var meetingDate, out var missingPath))
        {
            return RuleEvaluation.Missing(missingPath);
        }

        if (context.Policy.CampaignDeadline is not { } deadline)
        {
            var subject = new FindingSubject(SubjectKind.Branch, null, RecordPaths.Branch);
            return RuleEvaluation.Of([RuleEvaluation.Finding(subject, "OL507.NoDeadline", Severity.Info, ("policy", context.Policy.Name))]);
        }

        // A postponement the superior approved moves the deadline to its new date (Collection 第一篇 3.5 "未经上级党组织同意").
        if (context.Meeting!.Postponement is { NewDeadline: var approved } && approved > deadline)
        {
            deadline = approved;
        }

        var findings = new List<FindingDraft>();
        if (meetingDate > deadline)
        {
            findings.Add(RuleEvaluation.Finding(new FindingSubject(SubjectKind.Meeting, null, RecordPaths.MeetingDate), "OL507.MeetingLate", Severity.Error, ("date", meetingDate), ("deadline", deadline)));
        }

        var steps = context.Evaluation?.Steps ?? [];
        var index = steps.Select((s, i) => s.Step == EvaluationStep.OrganizationalDetermination && s.Date is not null ? i : -1).FirstOrDefault(i => i >= 0, -1);
        if (index >= 0 && steps[index].Date is { } determined && determined > deadline)
        {
            var path = RecordPaths.At(RecordPaths.Of(RecordPaths.Evaluation, "steps"), index);
            findings.Add(RuleEvaluation.Finding(new FindingSubject(SubjectKind.Evaluation, null, path), "OL507.EvaluationLate", Severity.Error, ("date", determined), ("deadline", deadline)));
        }

        return RuleEvaluation.Of(findings);
    }
}
