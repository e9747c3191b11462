using System.Collections.Immutable;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.EvaluationRules;

/// <summary>The democratic evaluation (OL3xx) rules, in ID order.</summary>
internal static class EvaluationSection
{
    /// <summary>Every democratic evaluation (OL3xx) rule.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new EvaluationSequenceRule(),
        new ProbationaryUnratedRule(),
        new ExcellentCapRule(),
        new EveryoneGradedRule(),
        new DeterminationGroundedRule(),
        new FeedbackRule(),
        new PublicityRule(),
        new FollowUpByGradeRule(),
        new CommitteeRatedRule(),
        new ExemptionValidRule(),
        new ScaleRule(),
        new EvaluationRedoneRule(),
    ];
}
