using System.Collections.Immutable;
using OrgLife.Ids;
using OrgLife.Meetings;

namespace OrgLife.Rules.Validation;

/// <summary>The members recorded present at the meeting, in attendance order and as a set (see <see cref="RuleContext.PresentInOrder"/>).</summary>
internal sealed class Attendees
{
    private Attendees(ImmutableArray<MemberId> inOrder, HashSet<MemberId> set)
    {
        InOrder = inOrder;
        Set = set;
    }

    /// <summary>The present members in attendance order, each once.</summary>
    public ImmutableArray<MemberId> InOrder { get; }

    /// <summary>The present members as a set.</summary>
    public HashSet<MemberId> Set { get; }

    /// <summary>Collects the entries recorded present; a member listed twice counts once.</summary>
    public static Attendees Present(ImmutableArray<AttendanceEntry> attendance)
    {
        var inOrder = ImmutableArray.CreateBuilder<MemberId>(attendance.Length);
        var set = new HashSet<MemberId>(attendance.Length, MemberIdComparer.Instance);
        foreach (var entry in attendance)
        {
            if (entry.Present && set.Add(entry.MemberId))
            {
                inOrder.Add(entry.MemberId);
            }
        }

        return new Attendees(inOrder.DrainToImmutable(), set);
    }
}
