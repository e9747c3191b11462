namespace OrgLife.Rules;

/// <summary>What became of one rule in a validation.</summary>
public enum RuleOutcome
{
    /// <summary>Evaluated; no warning or error (there may be information findings).</summary>
    Passed = 0,

    /// <summary>Evaluated; at least one warning or error finding.</summary>
    Violated = 1,

    /// <summary>Not evaluated: the data it needs are absent from the record (named in <see cref="RuleResult.MissingData"/>). Never a pass.</summary>
    NotEvaluated = 2,

    /// <summary>Not evaluated: the policy switches the rule off.</summary>
    Disabled = 3,

    /// <summary>
    /// Not applicable: the rule does not concern this record (for example OL3xx for a leadership 民主生活会, or a
    /// requirement the policy's document does not make). Never a pass and never "not evaluated"; the note says why.
    /// </summary>
    NotApplicable = 4,
}
