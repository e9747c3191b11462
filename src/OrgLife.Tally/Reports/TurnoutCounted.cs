namespace OrgLife.Tally.Reports;

/// <summary>What a turnout counts.</summary>
public enum TurnoutCounted
{
    /// <summary>收回票 — ballots returned that belong to the assessment: accepted plus voided by a ballot-validity rule.</summary>
    BallotsReturned = 0,

    /// <summary>有效票 — valid (accepted) ballots.</summary>
    ValidBallots = 1,

    /// <summary>实到 — the members present (from <see cref="AssessmentAttendance"/>), e.g. "到会人数超过应到人数的 2/3".</summary>
    MembersPresent = 2,
}
