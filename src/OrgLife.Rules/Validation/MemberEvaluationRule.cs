using OrgLife.Meetings;

namespace OrgLife.Rules.Validation;

/// <summary>
/// A rule about the branch's 民主评议党员 and its follow-up (OL3xx, OL504–OL506): a leadership 民主生活会 evaluates
/// no members, so there the rule is not applicable (RULES.md Revision 2, "Evaluation").
/// </summary>
internal abstract class MemberEvaluationRule : Rule
{
    /// <summary>Not applicable to a leadership 民主生活会.</summary>
    public sealed override bool AppliesTo(MeetingKind kind) => kind != MeetingKind.DemocraticLife;
}
