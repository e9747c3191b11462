using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>
/// OL104 MemberTalks 委员与党员谈心 — every member had a talk before the meeting with a committee member
/// (<see cref="TalkPartner.AnyCommitteeMember"/>, the default) or with the secretary personally
/// (<see cref="TalkPartner.Secretary"/>). Every member of the roster is checked, probationary members
/// included, except the partners themselves: committee members under the default (their talks are OL103's),
/// the secretary under the secretary policy. One finding per member without a counted talk (see
/// <see cref="PreMeetingTalks"/>). A roster that names no possible partner is not evaluated (missing
/// <c>branch.members.roles</c>). Before the meeting day a missing talk is information.
/// </summary>
internal sealed class MemberTalksRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL104"),
        "MemberTalks",
        "委员与党员谈心",
        "Every member had a talk with a committee member (or, by policy, with the secretary) before the meeting.",
        Severity.Error,
        [
            Sources.City2019("一(三)", "党支部委员之间、党支部委员与党员之间普遍进行1次谈心谈话。"),
            Sources.Collection("第五篇 (一)2", "党支部书记要和支部的每名党员个别谈心,了解党支部每名党员的思想情况,做到心中有数。"),
        ])
    {
        ChineseSummary = "会前每名党员都与支部委员谈心谈话（政策规定时，由支部书记本人谈）。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL104.Missing",
            "Member {member} had no talk with {partner} before the meeting.",
            "党员 {member} 会前未与{partner}谈心谈话。"),
        new("OL104.Pending",
            "Member {member} has not talked with {partner} yet; the talk is due before the meeting on {due}.",
            "党员 {member} 尚未与{partner}谈心谈话，应在 {due} 会议召开前完成。"),
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

        var bySecretary = context.Policy.MemberTalkPartner == TalkPartner.Secretary;
        var hasPartner = false;
        foreach (var member in branch.Members)
        {
            hasPartner |= bySecretary ? member.IsSecretary : member.IsOnCommittee;
        }

        if (!hasPartner)
        {
            return RuleEvaluation.Missing(RecordPaths.Of(RecordPaths.Members, "roles"));
        }

        var talked = context.TalkIndex!;
        var partnerTerm = bySecretary ? TalkPartner.Secretary : TalkPartner.AnyCommitteeMember;
        var findings = new List<FindingDraft>();
        for (var i = 0; i < branch.Members.Length; i++)
        {
            var member = branch.Members[i];
            if (bySecretary ? member.IsSecretary || talked.TalkedWithSecretary(i) : member.IsOnCommittee || talked.TalkedWithCommittee(i))
            {
                continue;
            }

            var subject = new FindingSubject(SubjectKind.Member, member.Id.Value, RecordPaths.Member(i));
            findings.Add(PreMeetingDeadline.NotDone(context, Descriptor.Id, subject, Severity.Error, ("member", member.Name), ("partner", partnerTerm)));
        }

        return RuleEvaluation.Of(findings);
    }
}
