using System.Collections.Immutable;
using System.Runtime.InteropServices;
using OrgLife.Findings;
using OrgLife.Rules.Messages;

namespace OrgLife.Rules.Validation;

/// <summary>What a rule's check returned: the data it lacked (not evaluated), or its findings.</summary>
internal sealed class RuleEvaluation
{
    private RuleEvaluation(ImmutableArray<string> missingData, ImmutableArray<FindingDraft> findings, FindingDraft? notApplicable = null)
    {
        MissingData = missingData;
        Findings = findings;
        NotApplicableNote = notApplicable;
    }

    /// <summary>For a rule that does not apply: the note saying why (its message key and arguments); otherwise null.</summary>
    public FindingDraft? NotApplicableNote { get; }

    /// <summary>The record paths of the data the rule needed and did not find; empty when it was evaluated.</summary>
    public ImmutableArray<string> MissingData { get; }

    /// <summary>The findings; empty for a pass.</summary>
    public ImmutableArray<FindingDraft> Findings { get; }

    /// <summary>A pass with no findings.</summary>
    public static RuleEvaluation Passed { get; } = new([], []);

    /// <summary>The rule could not be evaluated: <paramref name="missingData"/> names what was absent, as record paths.</summary>
    public static RuleEvaluation Missing(params string[] missingData)
    {
        if (missingData.Length == 0)
        {
            throw new ArgumentException("Name at least one missing datum.", nameof(missingData));
        }

        return new([.. missingData], []);
    }

    /// <summary>The rule does not concern a meeting of <paramref name="kind"/>: reported as not applicable, never passed.</summary>
    public static RuleEvaluation NotApplicableTo(Meetings.MeetingKind kind)
        => Enum.IsDefined(kind) ? NotApplicableToKinds[(int)kind] : NewNotApplicableTo(kind);

    // Immutable and the same for every rule and record: made once per meeting kind.
    private static readonly RuleEvaluation[] NotApplicableToKinds = [.. Enum.GetValues<Meetings.MeetingKind>().Order().Select(NewNotApplicableTo)];

    private static RuleEvaluation NewNotApplicableTo(Meetings.MeetingKind kind)
        => new([], [], new(new FindingSubject(SubjectKind.Meeting, null, RecordPaths.Meeting), CommonMessages.NotApplicableToKind.Key, Severity.Info, [("kind", kind)]));

    /// <summary>The policy's document makes no such requirement for a meeting of <paramref name="kind"/>: not applicable.</summary>
    public static RuleEvaluation NotRequiredBy(Policies.OrgLifePolicy policy, Meetings.MeetingKind kind)
    {
        // The same evaluation while the policy (immutable, by reference) and the kind stay: the validator then shares its result.
        if (lastNotRequired is { } last && ReferenceEquals(last.Policy, policy) && last.Kind == kind)
        {
            return last.Evaluation;
        }

        var evaluation = new RuleEvaluation([], [], new(new FindingSubject(SubjectKind.Meeting, null, RecordPaths.Meeting), CommonMessages.NotRequiredByPolicy.Key, Severity.Info, [("policy", policy.Name), ("kind", kind)]));
        lastNotRequired = new NotRequired(policy, kind, evaluation);
        return evaluation;
    }

    // The last NotRequiredBy made, replaced whole (a race between threads makes one again).
    private static NotRequired? lastNotRequired;

    private sealed record NotRequired(Policies.OrgLifePolicy Policy, Meetings.MeetingKind Kind, RuleEvaluation Evaluation);

    /// <summary>The rule was evaluated and found <paramref name="findings"/> (none means passed).</summary>
    public static RuleEvaluation Of(IEnumerable<FindingDraft> findings)
    {
        // Most rules pass: share the one passed evaluation rather than allocate an empty one per rule and record.
        if (findings is IReadOnlyCollection<FindingDraft> { Count: 0 })
        {
            return Passed;
        }

        ImmutableArray<FindingDraft> drafts = [.. findings];
        return drafts.IsEmpty ? Passed : new([], drafts);
    }

    /// <summary>Shorthand for a finding about <paramref name="subject"/>.</summary>
    public static FindingDraft Finding(FindingSubject subject, string messageKey, Severity severity, params (string Name, object Value)[] arguments)
        => new(subject, messageKey, severity, ImmutableCollectionsMarshal.AsImmutableArray(arguments)); // the params array is the call's own: no copy
}
