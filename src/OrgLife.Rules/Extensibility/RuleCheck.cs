using OrgLife.Meetings;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.Extensibility;

/// <summary>
/// What a rule's check returned: passed, violated (its findings), not evaluated (the record paths of the data it lacked)
/// or not applicable. Make one with the static members; immutable.
/// </summary>
public sealed class RuleCheck
{
    private RuleCheck(RuleEvaluation evaluation) => Evaluation = evaluation;

    /// <summary>The rule was evaluated and nothing is wrong.</summary>
    public static RuleCheck Passed { get; } = new(RuleEvaluation.Passed);

    /// <summary>What the validator reads.</summary>
    internal RuleEvaluation Evaluation { get; }

    /// <summary>
    /// The rule could not be evaluated: the record lacks <paramref name="missingData"/> (record paths such as
    /// <c>preparation.memberNotice</c>). Reported "not evaluated: missing …", never passed.
    /// </summary>
    /// <param name="missingData">At least one record path.</param>
    /// <exception cref="ArgumentException">No path is named, or one is empty.</exception>
    public static RuleCheck NotEvaluated(params string[] missingData)
    {
        ArgumentNullException.ThrowIfNull(missingData);
        if (missingData.Length == 0 || missingData.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Name every missing datum by its record path.", nameof(missingData));
        }

        return new(RuleEvaluation.Missing(missingData));
    }

    /// <summary>The rule does not concern a meeting of <paramref name="kind"/>: reported "not applicable".</summary>
    /// <param name="kind">The recorded meeting's kind.</param>
    public static RuleCheck NotApplicableTo(MeetingKind kind) => new(RuleEvaluation.NotApplicableTo(kind));

    /// <summary>The rule was evaluated and found <paramref name="findings"/>; none means passed.</summary>
    /// <param name="findings">The findings, in the order to report them.</param>
    public static RuleCheck Of(IEnumerable<RuleFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return new(RuleEvaluation.Of(findings.Select(f => new FindingDraft(f.Subject, f.MessageKey, f.Severity, [.. f.Arguments.Select(a => (a.Key, a.Value))]))));
    }

    /// <summary>The rule was evaluated and found <paramref name="findings"/>.</summary>
    /// <param name="findings">The findings.</param>
    public static RuleCheck Of(params RuleFinding[] findings) => Of((IEnumerable<RuleFinding>)findings);
}
