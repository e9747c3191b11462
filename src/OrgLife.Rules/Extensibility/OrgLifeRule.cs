using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Messages;

namespace OrgLife.Rules.Extensibility;

/// <summary>
/// A rule of a vendor's or province's own, evaluated by the validator beside the built-in ones with the same result
/// shape (docs/extending.md). A rule is a plain function of <see cref="RuleInput"/>: it keeps no state, reads no clock,
/// and reports "not evaluated" (<see cref="RuleCheck.NotEvaluated"/>) when the record lacks a datum it needs, never
/// "passed". Add it with <see cref="Catalogue.RuleCatalogue.With(OrgLifeRule)"/> or <c>services.AddOrgLifeRule(rule)</c>.
/// Should <see cref="Check"/> throw, the validator reports that rule as one internal-error finding and goes on.
/// </summary>
public abstract class OrgLifeRule
{
    /// <summary>
    /// The rule's ID, English and Chinese names, one-sentence summaries, default severity and the documents it comes
    /// from. Local rules take IDs from the x90–x99 block of their section (for example <c>OL190</c>), which the
    /// built-in catalogue leaves free.
    /// </summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Every message the rule can produce, in English and Simplified Chinese; each key starts with the rule ID and a dot (<c>OL190.Late</c>).</summary>
    public abstract ImmutableArray<MessageTemplate> Messages { get; }

    /// <summary>False when the rule does not concern a meeting of <paramref name="kind"/>: reported "not applicable" without calling <see cref="Check"/>. Default true.</summary>
    /// <param name="kind">The recorded meeting's kind.</param>
    public virtual bool AppliesTo(MeetingKind kind) => true;

    /// <summary>Checks the record: the data it lacks, or its findings (none means passed).</summary>
    /// <param name="input">The record, the policy and the as-of date.</param>
    /// <returns>The outcome of the check.</returns>
    public abstract RuleCheck Check(RuleInput input);
}
