using System.Collections.Immutable;
using OrgLife.Ids;

namespace OrgLife.Meetings;

/// <summary>
/// One part of a meeting and who attended it: the committee part (支委会), a general meeting (党员大会) or one party
/// group's session (党小组会). Parts are listed in the order they were held, so in the 党小组会 form the first
/// general meeting is the opening report and the last one holds the 民主测评. A part whose attendance is not recorded
/// takes <see cref="Meeting.Attendance"/> where that is unambiguous (the only part of its kind, or the session of the
/// group the list's members belong to); otherwise the rules that need it report "not evaluated".
/// </summary>
public sealed record MeetingPart
{
    /// <summary>Which part this is.</summary>
    public required MeetingPartKind Kind
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Kind), value, "MeetingPart.Kind: unknown part.");
    }

    /// <summary>For a <see cref="MeetingPartKind.PartyGroup"/> session, the group that met; null for the other parts.</summary>
    public PartyGroupId? PartyGroupId { get; init; }

    /// <summary>Who attended this part; null when not recorded (then <see cref="Meeting.Attendance"/> applies where unambiguous).</summary>
    public ImmutableArray<AttendanceEntry>? Attendance { get; init; }
}
