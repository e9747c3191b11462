using System.Collections.Immutable;
using OrgLife.Branches;
using OrgLife.Ids;
using OrgLife.Meetings;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>Roster and attendance look-ups shared by the meeting rules, written as plain loops (they run for every record).</summary>
internal static class MeetingRoster
{
    /// <summary>The roster index of the secretary, or -1 when the roster names none.</summary>
    public static int SecretaryIndex(Branch branch)
    {
        var members = branch.Members;
        for (var i = 0; i < members.Length; i++)
        {
            if (members[i].IsSecretary)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The IDs of the attendees recorded as present, in attendance order, each once.</summary>
    public static List<MemberId> Present(ImmutableArray<AttendanceEntry> attendance)
    {
        var present = new List<MemberId>(attendance.Length);
        var seen = new HashSet<MemberId>(attendance.Length, MemberIdComparer.Instance);
        foreach (var entry in attendance)
        {
            if (entry.Present && seen.Add(entry.MemberId))
            {
                present.Add(entry.MemberId);
            }
        }

        return present;
    }
}
