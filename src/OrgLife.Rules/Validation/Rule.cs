using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Messages;

namespace OrgLife.Rules.Validation;

/// <summary>
/// One rule of the catalogue: its descriptor, its messages and its check. A rule is a plain
/// function of the record, the policy and the as-of date (all in <see cref="RuleContext"/>); it keeps
/// no state, reads no clock and calls no other rule.
/// </summary>
internal abstract class Rule
{
    /// <summary>The rule's ID, names, default severity and sources.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Every message the rule can produce, in both languages.</summary>
    public abstract ImmutableArray<MessageTemplate> Messages { get; }

    /// <summary>
    /// False when the rule does not concern a meeting of <paramref name="kind"/>: the validator then reports it not
    /// applicable without evaluating it (OL3xx and OL504–OL506 for a leadership 民主生活会). Default true.
    /// </summary>
    public virtual bool AppliesTo(Meetings.MeetingKind kind) => true;

    /// <summary>Checks the record: either the data it lacks, or its findings (none means passed).</summary>
    public abstract RuleEvaluation Evaluate(RuleContext context);
}
