namespace OrgLife.Tally.Reports;

/// <summary>What a turnout is a share of.</summary>
public enum TurnoutBase
{
    /// <summary>发出票 — the ballots issued.</summary>
    BallotsIssued = 0,

    /// <summary>实到 — the members present (from <see cref="AssessmentAttendance"/>).</summary>
    MembersPresent = 1,

    /// <summary>应到 — the members due (from <see cref="AssessmentAttendance"/>).</summary>
    MembersDue = 2,

    /// <summary>全体正式党员 — the graded (full) members on the ballot.</summary>
    GradedMembers = 3,
}
