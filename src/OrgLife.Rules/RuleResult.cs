using System.Collections.Immutable;
using OrgLife.Findings;

namespace OrgLife.Rules;

/// <summary>One rule's result in a validation report: its outcome, its findings, and for a rule not evaluated the data it missed.</summary>
public sealed record RuleResult
{
    internal RuleResult(RuleDescriptor rule, RuleOutcome outcome, ImmutableArray<Finding> findings, ImmutableArray<string> missingData, string? note)
    {
        Rule = rule;
        Outcome = outcome;
        Findings = findings;
        MissingData = missingData;
        Note = note;
    }

    /// <summary>The rule's descriptor.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The rule's ID.</summary>
    public RuleId RuleId => Rule.Id;

    /// <summary>Passed, violated, not evaluated, disabled or not applicable.</summary>
    public RuleOutcome Outcome { get; }

    /// <summary>The findings, in the order the rule made them; empty when not evaluated.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>For <see cref="RuleOutcome.NotEvaluated"/>: the record paths of the missing data, for example <c>meeting.attendance</c>.</summary>
    public ImmutableArray<string> MissingData { get; }

    /// <summary>For a rule not evaluated, disabled or not applicable: why, in the caller's language; otherwise null.</summary>
    public string? Note { get; }

    /// <summary>The highest severity among the findings, or null when there are none.</summary>
    public Severity? HighestSeverity => Findings.IsEmpty ? null : Findings.Max(f => f.Severity);

    /// <summary>Results are equal when their rule, outcome, findings (in order), missing data and note are.</summary>
    /// <param name="other">The other result.</param>
    public bool Equals(RuleResult? other) => other is not null && Rule == other.Rule && Outcome == other.Outcome
        && Findings.SequenceEqual(other.Findings) && MissingData.SequenceEqual(other.MissingData) && Note == other.Note;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule.Id, Outcome, Findings.Length, Note);
}
