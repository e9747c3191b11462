using System.Collections.Immutable;
using NodaTime;
using OrgLife.Ids;
using OrgLife.Members;
using OrgLife.Preparation;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>
/// The talks that count for OL103–OL105: those held on or before the meeting day. A talk dated after the
/// meeting does not count; an undated talk counts, as does every talk when the meeting date is not recorded.
/// Talks naming members who are not on the roster are ignored (they cannot be a committee member's talk).
/// </summary>
internal static class PreMeetingTalks
{
    /// <summary>True when <paramref name="talk"/> counts as held before the meeting on <paramref name="meetingDate"/>.</summary>
    public static bool Counts(Talk talk, LocalDate? meetingDate) => talk.Date is not { } date || meetingDate is not { } meeting || date <= meeting;

    /// <summary>The committee members (secretary, deputies, committee members) with their roster index, in roster order.</summary>
    public static RosterEntry[] Committee(ImmutableArray<Member> members)
    {
        var committee = new List<RosterEntry>(7);
        for (var i = 0; i < members.Length; i++)
        {
            if (members[i].IsOnCommittee)
            {
                committee.Add(new RosterEntry(members[i].Id, i));
            }
        }

        return [.. committee];
    }

    /// <summary>A member's ID and their index on the roster (for finding paths).</summary>
    public readonly record struct RosterEntry(MemberId Id, int Index);
}
