namespace OrgLife.Tally.Reports;

/// <summary>What a share is a share of (the denominator of a threshold rule).</summary>
public enum ShareBase
{
    /// <summary>有效票 — the valid marks of the column (blanks, voids and 不了解 left out); weighted when the rule weighs categories.</summary>
    ValidMarks = 0,

    /// <summary>
    /// 收回票 — the ballots returned by the voters the condition looks at, abstentions included: accepted ballots plus
    /// ballots voided by a ballot-validity rule. Rejected ballots (duplicates, no serial, unknown category) are not counted.
    /// </summary>
    BallotsReturned = 1,

    /// <summary>发出票 — the ballots issued for the whole assessment (not split by category).</summary>
    BallotsIssued = 2,

    /// <summary>实到 — the members present, from <see cref="AssessmentAttendance.MembersPresent"/>.</summary>
    MembersPresent = 3,

    /// <summary>应到 — the members due, from <see cref="AssessmentAttendance.MembersDue"/>.</summary>
    MembersDue = 4,

    /// <summary>全体正式党员 — the graded (full) members on the ballot.</summary>
    GradedMembers = 5,
}
