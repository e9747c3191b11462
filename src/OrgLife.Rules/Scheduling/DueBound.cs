namespace OrgLife.Rules.Scheduling;

/// <summary>Which side of its due date a scheduled step must fall on.</summary>
public enum DueBound
{
    /// <summary>The step is in time on the due date or before it (every deadline of the built-in schedule).</summary>
    OnOrBefore = 0,

    /// <summary>The step may not happen before the due date (an earliest date, for vendors' own entries).</summary>
    OnOrAfter = 1,
}
