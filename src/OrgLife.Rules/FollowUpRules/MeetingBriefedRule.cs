using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.FollowUpRules;

/// <summary>
/// OL510 MeetingBriefed 通报召开情况 — a 民主生活会 was briefed to the lower organizations or the unit (District-2017 附件1 三.3
/// "应当…通报"): an error. For a 组织生活会 only where the policy asks (<see cref="Policies.OrgLifePolicy.OrganizationalLifeBriefingRequired"/>,
/// the Collection 第五篇 (三)2 "要在一定范围内…通报会议情况"); otherwise not applicable. Reads <c>followUp.meetingBriefed</c>.
/// </summary>
internal sealed class MeetingBriefedRule : Rule
{
    // Formatted once, not per record.
    private static readonly string FollowUpMeetingBriefedPath = RecordPaths.Of(RecordPaths.FollowUp, "meetingBriefed");

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL510"),
        "MeetingBriefed",
        "通报召开情况",
        "A democratic-life meeting was briefed to the lower organizations or the unit (and, where the policy asks, an organizational-life meeting within a scope).",
        Severity.Error,
        [
            Sources.District2017("附件1 三.3", "民主生活会召开情况应当向下级党组织或者本单位通报。"),
            Sources.Collection("第五篇 (三)2", "组织生活会后,要在一定范围内向干部、群众通报会议情况和整改措施,接受干部、群众的监督。"),
        ])
    {
        ChineseSummary = "民主生活会召开情况向下级党组织或者本单位通报（政策要求时，组织生活会后在一定范围内通报会议情况）。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL510.Missing",
            "The meeting was not briefed: {step}.",
            "会议召开情况未{step}。"),
        new("OL510.Pending",
            "The meeting is to be briefed after it is held on {due}: {step}.",
            "会议于 {due} 召开后，召开情况应{step}。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Meeting is not { } meeting)
        {
            return RuleEvaluation.Missing(RecordPaths.Meeting);
        }

        var democraticLife = meeting.Kind == MeetingKind.DemocraticLife;
        if (!democraticLife && !context.Policy.OrganizationalLifeBriefingRequired)
        {
            return RuleEvaluation.NotRequiredBy(context.Policy, meeting.Kind);
        }

        var step = democraticLife
            ? new Phrase("to the lower organizations or the unit", "向下级党组织或者本单位通报")
            : new Phrase("to cadres and the masses within a scope", "在一定范围内向干部、群众通报");
        return StepCheck.AfterMeeting(context, Descriptor.Id, SubjectKind.FollowUp, Severity.Error, new StepCheck.Step(context.FollowUp?.MeetingBriefed, FollowUpMeetingBriefedPath, step));
    }
}
