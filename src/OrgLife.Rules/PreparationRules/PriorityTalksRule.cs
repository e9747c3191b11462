using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Members;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>
/// OL105 PriorityTalks 重点谈 — members in particular circumstances were talked with by the secretary or a
/// committee member before the meeting. Village-2019 二.2 names mobile (流动), veteran (退役军人),
/// hardship (家庭生活困难), health (身心健康存在问题) and disciplined (受到纪律处分) members; elderly or infirm
/// members (年老体弱) are included too, because infirmity is a health problem in the text's sense and
/// District-2017 附件2 二 asks for them by name ("对困难党员、年老体弱党员要上门谈心"). A committee member in
/// such circumstances needs a talk with another committee member. One finding per member without a counted
/// talk (see <see cref="PreMeetingTalks"/>); before the meeting day a missing talk is information. A member whose
/// circumstances were never recorded (null, as opposed to "recorded as none") makes the rule not evaluated, naming
/// that member's field, unless a recorded member's missing talk already proves a violation.
/// </summary>
internal sealed class PriorityTalksRule : Rule
{
    /// <summary>The circumstances that call for a priority talk: every flag of <see cref="MemberCircumstances"/>.</summary>
    internal const MemberCircumstances PriorityCircumstances = MemberCircumstances.Mobile | MemberCircumstances.Veteran | MemberCircumstances.Hardship
        | MemberCircumstances.HealthProblem | MemberCircumstances.Disciplined | MemberCircumstances.ElderlyOrInfirm;

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL105"),
        "PriorityTalks",
        "重点谈",
        "Mobile, veteran, hardship, health-problem, elderly or infirm and disciplined members were talked with by the secretary or a committee member before the meeting.",
        Severity.Error,
        [
            Sources.Village2019("二.2", "对流动党员、退役军人党员、家庭生活困难党员、身心健康存在间题的党员，以及受到纪律处分或者组织处置的党员等，党支部委员特别是支部书记要重点谈"),
            Sources.District2017("附件2 二", "对困难党员、年老体弱党员要上门谈心，主动关怀、听取意见。"),
        ])
    {
        ChineseSummary = "对流动党员、退役军人党员、家庭生活困难党员、身心健康存在问题的党员、年老体弱党员以及受到纪律处分或者组织处置的党员，会前由支部委员特别是支部书记重点谈。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL105.Missing",
            "Member {member} ({circumstances}) was not talked with by the secretary or a committee member before the meeting.",
            "党员 {member}（{circumstances}）会前未由支部书记或支部委员重点谈心谈话。"),
        new("OL105.Pending",
            "Member {member} ({circumstances}) has not yet been talked with by the secretary or a committee member; due before the meeting on {due}.",
            "党员 {member}（{circumstances}）尚未由支部书记或支部委员重点谈心谈话，应在 {due} 会议召开前完成。"),
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

        var talked = context.TalkIndex!;
        var findings = new List<FindingDraft>();
        List<string>? unrecorded = null;
        for (var i = 0; i < branch.Members.Length; i++)
        {
            var member = branch.Members[i];
            if (member.Circumstances is not { } recorded)
            {
                (unrecorded ??= []).Add(RecordPaths.Of(RecordPaths.Member(i), "circumstances"));
                continue;
            }

            var circumstances = recorded & PriorityCircumstances;
            if (circumstances == MemberCircumstances.None)
            {
                continue;
            }

            if (!talked.TalkedWithCommittee(i))
            {
                var subject = new FindingSubject(SubjectKind.Member, member.Id.Value, RecordPaths.Member(i));
                findings.Add(PreMeetingDeadline.NotDone(context, Descriptor.Id, subject, Severity.Error, ("member", member.Name), ("circumstances", circumstances)));
            }
        }

        // A proven violation stands even when other members' circumstances are unrecorded; otherwise they are missing.
        return unrecorded is not null && !findings.Exists(f => f.Severity >= Severity.Warning)
            ? RuleEvaluation.Missing([.. unrecorded])
            : RuleEvaluation.Of(findings);
    }
}
