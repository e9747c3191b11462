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

    /// <summary>
    /// For a member not present in person: how they took part otherwise (流入地, 适当方式, phone or network); null when they
    /// did not take part (or it is not recorded). Such a member is not an absentee for OL210/OL509.
    /// </summary>
    public ParticipationMode? ParticipatedBy
    {
        get;
        init => field = value is null || Enum.IsDefined(value.Value) ? value : throw new ArgumentOutOfRangeException(nameof(ParticipatedBy), value, "AttendanceEntry.ParticipatedBy: unknown mode.");
    }

    /// <summary>
    /// 列席 — at a 民主生活会, the person sits in without being a member of the leadership team (District-2017 附件1 一.8):
    /// they may speak and criticize, but do not count toward OL201's two thirds and are not examined.
    /// </summary>
    public bool SitsIn { get; init; }

    /// <summary>True when the member is an absentee: neither present nor taking part in another recorded way.</summary>
    public bool IsAbsentee => !Present && ParticipatedBy is null;

    /// <summary>For an absentee: leave was asked in advance (请假). Null when not recorded.</summary>
    public bool? LeaveRequestedInAdvance { get; init; }

    /// <summary>For an absentee: a written statement was read out and entered in the minutes (书面发言). Null when not recorded.</summary>
    public bool? WrittenStatementEntered { get; init; }

    /// <summary>For an absentee: told afterwards of the meeting and of the criticisms addressed to them (转告). Null when not recorded.</summary>
    public bool? BriefedAfterwards { get; init; }
}
