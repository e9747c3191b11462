namespace OrgLife.Members;

/// <summary>Whether a member has been admitted in full.</summary>
public enum MembershipStatus
{
    /// <summary>正式党员 — a full member: votes (unless on probation within the party) and is graded.</summary>
    Full = 0,

    /// <summary>预备党员 — a probationary member: takes part, never votes, never receives a grade (党章 第七条).</summary>
    Probationary = 1,
}
