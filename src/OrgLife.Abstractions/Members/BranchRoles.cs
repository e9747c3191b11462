namespace OrgLife.Members;

/// <summary>The offices a member holds in the branch; a member may hold several.</summary>
[Flags]
public enum BranchRoles
{
    /// <summary>An ordinary member.</summary>
    None = 0,

    /// <summary>书记 — the branch secretary; a committee member by office.</summary>
    Secretary = 1,

    /// <summary>副书记 — a deputy secretary; a committee member by office.</summary>
    DeputySecretary = 2,

    /// <summary>委员 — a member of the branch committee (支委会).</summary>
    CommitteeMember = 4,

    /// <summary>党小组长 — the leader of a party group.</summary>
    GroupLeader = 8,
}
