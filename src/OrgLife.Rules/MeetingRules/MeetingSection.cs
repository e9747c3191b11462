using System.Collections.Immutable;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>The meeting (OL2xx) rules, in ID order.</summary>
internal static class MeetingSection
{
    /// <summary>Every meeting (OL2xx) rule.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new QuorumRule(),
    ];
}
