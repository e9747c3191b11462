using System.Collections.Immutable;
using OrgLife.Meetings;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>The attendance of one part, or the path of the datum that is missing when it cannot be known.</summary>
/// <param name="Entries">The entries that apply to the part; default when missing.</param>
/// <param name="Present">Those recorded present, in order; null when missing.</param>
/// <param name="Path">Where the entries come from, or the missing datum.</param>
internal readonly record struct PartAttendance(ImmutableArray<AttendanceEntry> Entries, Attendees? Present, string Path)
{
    /// <summary>True when the part's attendance cannot be known from the record.</summary>
    public bool IsMissing => Present is null;
}
