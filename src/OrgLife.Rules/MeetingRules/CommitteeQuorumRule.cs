using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Ids;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// OL202 CommitteeQuorum 支委会到会 — a meeting in the committee form (<see cref="MeetingForm.CommitteeMeeting"/>)
/// has half or more of the committee present at its committee part (<see cref="MeetingPartKind.Committee"/>, read
/// through <see cref="MeetingParts"/>) (支部工作条例 第十二条 "半数以上委员到会"), inclusive or strict as
/// the policy's <see cref="Policies.QuorumMode"/> says for OL201. Every committee member on the roster counts
/// (secretary, deputies, committee members; a probationary secretary too: the article counts 委员, not votes).
/// For any other form, and for a 民主生活会, the rule does not apply and passes with no finding. A committee-form
/// meeting in a branch whose roster names no committee member is violated (nobody can make the quorum).
/// </summary>
internal sealed class CommitteeQuorumRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL202"),
        "CommitteeQuorum",
        "支委会到会",
        "A committee-form meeting has half or more of the committee present at its committee part.",
        Severity.Error,
        [
            Sources.BranchWorkRegulations("第十二条", "支部委员会会议须有半数以上委员到会方可召开。"),
        ])
    {
        ChineseSummary = "以支委会形式召开的，半数以上支部委员到会。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL202.Violated",
            "{present} of {committee} committee members were present at the committee meeting; at least {required} are needed.",
            "支委会应到委员 {committee} 人，实到 {present} 人，至少需要 {required} 人。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Meeting is not { } meeting)
        {
            return RuleEvaluation.Missing(RecordPaths.Meeting);
        }

        if (meeting.Kind == MeetingKind.DemocraticLife)
        {
            return RuleEvaluation.Passed;
        }

        if (meeting.Form is not { } form)
        {
            return RuleEvaluation.Missing(RecordPaths.Of(RecordPaths.Meeting, "form"));
        }

        if (form != MeetingForm.CommitteeMeeting)
        {
            return RuleEvaluation.Passed;
        }

        if (context.Branch is not { } branch)
        {
            return RuleEvaluation.Missing(RecordPaths.Branch);
        }

        // The committee part (Revision 2): its own attendance, or the single list when that is unambiguous.
        var part = MeetingParts.Of(context, MeetingPartKind.Committee);
        if (part.Present is not { } present)
        {
            return RuleEvaluation.Missing(part.Path);
        }

        var committee = 0;
        var committeePresent = 0;
        foreach (var member in branch.Members)
        {
            if (member.IsOnCommittee)
            {
                committee++;
                committeePresent += present.Contains(member.Id) ? 1 : 0;
            }
        }

        var required = Math.Max(1, HalfQuorum.Required(committee, context.Policy.QuorumMode));
        if (committeePresent >= required)
        {
            return RuleEvaluation.Passed;
        }

        return RuleEvaluation.Of(
        [
            RuleEvaluation.Finding(
                new FindingSubject(SubjectKind.Meeting, null, part.Path),
                "OL202.Violated",
                Severity.Error,
                ("present", committeePresent),
                ("committee", committee),
                ("required", required)),
        ]);
    }
}
