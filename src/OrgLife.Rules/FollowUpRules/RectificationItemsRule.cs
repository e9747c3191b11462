using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.FollowUpRules;

/// <summary>
/// OL502 RectificationItems 整改清单 — each rectification item names the matter, the measures, the person or
/// unit responsible and a deadline after the meeting. One finding per missing part of an item, and one when
/// its deadline is on or before the meeting date; an empty list is a finding too (the meeting must produce
/// one). The meeting date is needed only to judge deadlines: faults found without it are still reported.
/// </summary>
internal sealed class RectificationItemsRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL502"),
        "RectificationItems",
        "整改清单",
        "Each rectification item names the matter, the measures, the person or unit responsible and a deadline after the meeting.",
        Severity.Error,
        [
            Sources.Municipal2016("二.6", "党支部及其班子成员要分别列出整改清单、明确整改事项、具体措施和责任时限"),
            Sources.District2017("附件1 三.1", "制定整改措施，形成整改清单，明确整改目标、完成时限"),
            Sources.Collection("第三篇 第五步", "做到所有需要整改的事项目标明确、措施明确、责任明确、时限明确"),
        ])
    {
        ChineseSummary = "每个整改事项写明整改事项、具体措施、责任人或责任单位以及会后的完成时限。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL502.Empty",
            "The rectification list has no items.",
            "整改清单没有任何整改事项。"),
        new("OL502.NoMatter",
            "Rectification item {item} does not name the matter to rectify.",
            "整改事项 {item} 未写明整改的问题。"),
        new("OL502.NoMeasures",
            "Rectification item {item} names no measures.",
            "整改事项 {item} 未写明整改措施。"),
        new("OL502.NoResponsible",
            "Rectification item {item} names no person or unit responsible.",
            "整改事项 {item} 未写明责任人或责任单位。"),
        new("OL502.NoDeadline",
            "Rectification item {item} has no deadline.",
            "整改事项 {item} 未写明整改时限。"),
        new("OL502.DeadlineNotAfterMeeting",
            "Rectification item {item} has the deadline {deadline}, not after the meeting on {meeting}.",
            "整改事项 {item} 的整改时限 {deadline} 不晚于会议日期 {meeting}。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.FollowUp?.RectificationItems is not { } items)
        {
            return RuleEvaluation.Missing(FollowUpPaths.RectificationItems);
        }

        if (items.IsEmpty)
        {
            return RuleEvaluation.Of([RuleEvaluation.Finding(FollowUpPaths.FollowUp(FollowUpPaths.RectificationItems), "OL502.Empty", Severity.Error)]);
        }

        var hasMeetingDate = FollowUpPaths.TryGetMeetingDate(context, out var meetingDate, out var missingPath);
        var findings = new List<FindingDraft>();
        var missing = new List<string>();
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            var subject = new FindingSubject(SubjectKind.RectificationItem, item.Id, RecordPaths.At(FollowUpPaths.RectificationItems, i));
            foreach (var (text, key) in new[] { (item.Matter, "OL502.NoMatter"), (item.Measures, "OL502.NoMeasures"), (item.Responsible, "OL502.NoResponsible") })
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    findings.Add(RuleEvaluation.Finding(subject, key, Severity.Error, ("item", item.Id)));
                }
            }

            if (item.Deadline is not { } deadline)
            {
                findings.Add(RuleEvaluation.Finding(subject, "OL502.NoDeadline", Severity.Error, ("item", item.Id)));
            }
            else if (!hasMeetingDate)
            {
                missing.Add(missingPath);
            }
            else if (deadline <= meetingDate)
            {
                findings.Add(RuleEvaluation.Finding(subject, "OL502.DeadlineNotAfterMeeting", Severity.Error, ("item", item.Id), ("deadline", deadline), ("meeting", meetingDate)));
            }
        }

        return PartialRecords.Conclude(findings, missing.Distinct().ToList());
    }
}
