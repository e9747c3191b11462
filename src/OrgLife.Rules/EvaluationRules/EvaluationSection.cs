using System.Collections.Immutable;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.EvaluationRules;

/// <summary>The democratic evaluation (OL3xx) rules, in ID order.</summary>
internal static class EvaluationSection
{
    /// <summary>Every democratic evaluation (OL3xx) rule.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new ExcellentCapRule(),
    ];
}
