using System.Collections.Immutable;
using OrgLife.Ids;
using OrgLife.Meetings;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// Who attended which part of a meeting (Revision 2 "Who takes part depends on the form"). A part's own attendance wins;
/// without it the single <c>meeting.attendance</c> applies where that is unambiguous: no parts recorded, no part of the
/// kind recorded (an older record), or the only part of its kind. A part without attendance among several of its kind
/// (the two 党员大会 of the 党小组会 form) is missing, and the rule that needs it is not evaluated.
/// </summary>
internal static class MeetingParts
{
    public const string PartsPath = "meeting.parts";

    /// <summary>The attendance of the <paramref name="choice"/> part of <paramref name="kind"/> (of <paramref name="group"/> for a group session).</summary>
    public static PartAttendance Of(RuleContext context, MeetingPartKind kind, PartChoice choice = PartChoice.First, PartyGroupId? group = null)
    {
        var meeting = context.Meeting;
        var single = new PartAttendance(meeting?.Attendance ?? default, context.Present, RecordPaths.Attendance);
        if (meeting?.Parts is not { IsDefault: false } parts)
        {
            return single;
        }

        var chosen = -1;
        var candidates = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part is null || part.Kind != kind || (group is { } g && part.PartyGroupId != g))
            {
                continue;
            }

            candidates++;
            if (chosen < 0 || choice == PartChoice.Last)
            {
                chosen = i;
            }
        }

        if (chosen < 0)
        {
            return single;
        }

        var path = RecordPaths.Of(RecordPaths.At(PartsPath, chosen), "attendance");
        if (parts[chosen].Attendance is { IsDefault: false } own)
        {
            return new PartAttendance(own, Attendees.Present(own), path);
        }

        return candidates == 1 && single.Present is not null ? single : new PartAttendance(default, null, path);
    }

    /// <summary>
    /// The attendance of the meeting as a whole, for the rules about absentees (OL210, OL509): the single
    /// <c>meeting.attendance</c>, or, when only parts are recorded, the 党员大会 every member is called to (the last
    /// listed; for a 民主生活会 the single list only). Default entries with the missing path when neither is recorded.
    /// </summary>
    public static (ImmutableArray<AttendanceEntry> Entries, string Path) Whole(RuleContext context)
    {
        if (context.Meeting?.Attendance is { IsDefault: false } single)
        {
            return (single, RecordPaths.Attendance);
        }

        if (context.IsDemocraticLife)
        {
            return (default, RecordPaths.Attendance);
        }

        var general = Of(context, MeetingPartKind.GeneralMeeting, PartChoice.Last);
        return general.IsMissing ? (default, RecordPaths.Attendance) : (general.Entries, general.Path);
    }

    /// <summary>
    /// The members present at any party-group session: the union of the group parts' own attendance where recorded, the
    /// single list where not; null with the missing path when neither is known.
    /// </summary>
    public static (HashSet<MemberId>? Present, string Path) GroupSessions(RuleContext context)
    {
        var present = new HashSet<MemberId>(MemberIdComparer.Instance);
        var usedSingle = false;
        if (context.Meeting?.Parts is { IsDefault: false } parts)
        {
            foreach (var part in parts)
            {
                if (part is { Kind: MeetingPartKind.PartyGroup, Attendance: { IsDefault: false } own })
                {
                    foreach (var entry in own)
                    {
                        if (entry is { Present: true })
                        {
                            present.Add(entry.MemberId);
                        }
                    }
                }
                else if (part is { Kind: MeetingPartKind.PartyGroup })
                {
                    usedSingle = true;
                }
            }

            if (present.Count > 0 && !usedSingle)
            {
                return (present, PartsPath);
            }
        }

        if (context.Present is not { } single)
        {
            return (null, RecordPaths.Attendance);
        }

        foreach (var member in single.InOrder)
        {
            present.Add(member);
        }

        return (present, RecordPaths.Attendance);
    }
}
