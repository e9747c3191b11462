using System.Collections.Immutable;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.Catalogue;

/// <summary>The built-in rules, section by section; each section lists its own.</summary>
internal static class RuleSet
{
    /// <summary>Every built-in rule.</summary>
    public static ImmutableArray<Rule> All =>
    [
        .. PreparationRules.PreparationSection.All,
        .. MeetingRules.MeetingSection.All,
        .. EvaluationRules.EvaluationSection.All,
        .. FollowUpRules.FollowUpSection.All,
    ];
}
