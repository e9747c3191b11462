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
        new CommitteeQuorumRule(),
        new ChairRule(),
        new AgendaOrderRule(),
        new SecretaryFirstRule(),
        new CriticismCoverageRule(),
        new SuperiorGuidanceRule(),
        new InPersonRule(),
        new MinimumDurationRule(),
        new AbsenteeStatementRule(),
        new MinutesRule(),
        new GroupSplitThresholdRule(),
        new GroupPartitionRule(),
        new FormFitsBranchRule(),
        new LeadingCadresAttendRule(),
    ];
}
