using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Preparation;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>
/// OL103 CommitteeTalks 班子成员之间必谈 — every pair of committee members (secretary, deputies, committee
/// members) held a heart-to-heart talk before the meeting. One finding per pair without a counted talk
/// (see <see cref="PreMeetingTalks"/>), its subject the member earlier on the roster; a committee of one
/// or none has no pair and passes. Before the meeting day (as of the validation) a missing talk is information.
/// </summary>
internal sealed class CommitteeTalksRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL103"),
        "CommitteeTalks",
        "班子成员之间必谈",
        "Every pair of committee members held a heart-to-heart talk before the meeting.",
        Severity.Error,
        [
            Sources.Municipal2016("二.2", "结合工作实际，党支部班子成员之间必谈，班子成员和党员之间要广泛谈，提倡党员之间相互谈。"),
            Sources.City2019("一(三)", "党支部委员之间、党支部委员与党员之间普遍进行1次谈心谈话。"),
            Sources.District2017("附件2 二", "做到支部班子成员之间必谈，班子成员与党员之间广泛谈，提倡党员之间相互谈。"),
        ])
    {
        ChineseSummary = "会前支部班子成员之间两两谈心谈话（班子成员之间必谈）。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL103.Missing",
            "Committee members {member} and {other} held no heart-to-heart talk before the meeting.",
            "支部委员 {member} 与 {other} 会前未进行谈心谈话。"),
        new("OL103.Pending",
            "Committee members {member} and {other} have not talked yet; the talk is due before the meeting on {due}.",
            "支部委员 {member} 与 {other} 尚未谈心谈话，应在 {due} 会议召开前完成。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Branch is not { } branch)
        {
            return RuleEvaluation.Missing(RecordPaths.Branch);
        }

        if (context.Preparation?.Talks is null)
        {
            return RuleEvaluation.Missing(RecordPaths.Of(RecordPaths.Preparation, "talks"));
        }

        var committee = PreMeetingTalks.Committee(branch.Members);
        var talked = context.TalkIndex!;
        var findings = new List<FindingDraft>();
        for (var i = 0; i < committee.Length; i++)
        {
            for (var j = i + 1; j < committee.Length; j++)
            {
                var (first, second) = (committee[i], committee[j]);
                if (!talked.Talked(first.Index, second.Index))
                {
                    var subject = new FindingSubject(SubjectKind.Member, first.Id.Value, RecordPaths.Member(first.Index));
                    findings.Add(PreMeetingDeadline.NotDone(context, Descriptor.Id, subject, Severity.Error, ("member", context.Branch!.Members[first.Index].Name), ("other", context.Branch!.Members[second.Index].Name)));
                }
            }
        }

        return RuleEvaluation.Of(findings);
    }
}
