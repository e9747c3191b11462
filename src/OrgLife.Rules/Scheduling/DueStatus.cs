namespace OrgLife.Rules.Scheduling;

/// <summary>Where a scheduled step stands as of a date, by what the branch record shows.</summary>
public enum DueStatus
{
    /// <summary>The record shows it done in time.</summary>
    Done = 0,

    /// <summary>Not done yet, and not late: the due date is the as-of date or later.</summary>
    NotYetDue = 1,

    /// <summary>Not done, and the as-of date is past the due date: act now.</summary>
    Overdue = 2,

    /// <summary>Done, but after the due date (or before it, for an on-or-after step).</summary>
    DoneLate = 3,

    /// <summary>The record does not say (the datum is not recorded).</summary>
    Unknown = 4,
}
