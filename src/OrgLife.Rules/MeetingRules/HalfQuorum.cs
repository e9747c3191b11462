using OrgLife.Rules.Policies;

namespace OrgLife.Rules.MeetingRules;

/// <summary>"半数以上" in whole members, shared by OL201 and OL202 so both read the policy the same way.</summary>
internal static class HalfQuorum
{
    /// <summary>The least attendance out of <paramref name="due"/> that is half or more (inclusive) or strictly more than half.</summary>
    public static int Required(int due, QuorumMode mode) => mode == QuorumMode.HalfOrMore ? (due + 1) / 2 : (due / 2) + 1;
}
