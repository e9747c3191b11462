using OrgLife.Ids;

namespace OrgLife.Meetings;

/// <summary>
/// Whether one member was at the meeting and, if absent, what was done about it.
/// A null flag means the vendor did not record it; rules that need it report "not evaluated".
/// </summary>
public sealed record AttendanceEntry
{
    /// <summary>The member.</summary>
    public required MemberId MemberId
    {
        get;
        init => field = value.IsDefault ? throw new ArgumentException("AttendanceEntry.MemberId must not be empty.", nameof(MemberId)) : value;
    }

    /// <summary>True when the member was present in person (or online, see <see cref="Meeting.IsOnline"/>).</summary>
    public required bool Present { get; init; }

    /// <summary>For an absentee: leave was asked in advance (请假). Null when not recorded.</summary>
    public bool? LeaveRequestedInAdvance { get; init; }

    /// <summary>For an absentee: a written statement was read out and entered in the minutes (书面发言). Null when not recorded.</summary>
    public bool? WrittenStatementEntered { get; init; }

    /// <summary>For an absentee: told afterwards of the meeting and of the criticisms addressed to them (转告). Null when not recorded.</summary>
    public bool? BriefedAfterwards { get; init; }
}
