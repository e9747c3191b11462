using System.Collections.Immutable;
using OrgLife.Ids;
using OrgLife.Meetings;

namespace OrgLife.Rules.Validation;

/// <summary>The members recorded present at the meeting, in attendance order, with each one's position in that order (see <see cref="RuleContext.Present"/>).</summary>
internal sealed class Attendees
{
    private readonly Dictionary<MemberId, int> positions;

    private Attendees(ImmutableArray<MemberId> inOrder, Dictionary<MemberId, int> positions)
    {
        InOrder = inOrder;
        this.positions = positions;
    }

    /// <summary>The present members in attendance order, each once.</summary>
    public ImmutableArray<MemberId> InOrder { get; }

    /// <summary>True when <paramref name="member"/> was recorded present.</summary>
    public bool Contains(MemberId member) => positions.ContainsKey(member);

    /// <summary>The position of <paramref name="member"/> in <see cref="InOrder"/>, or -1 when they were not recorded present.</summary>
    public int IndexOf(MemberId member) => positions.TryGetValue(member, out var at) ? at : -1;

    /// <summary>
    /// <see cref="Contains(MemberId)"/> for a loop over members in attendance order (the roster usually is): tries the
    /// last hit and the position after it before hashing, and moves <paramref name="hint"/> to the position found.
    /// </summary>
    public bool Contains(MemberId member, ref int hint)
    {
        for (var at = Math.Max(hint, 0); at < hint + 2 && at < InOrder.Length; at++)
        {
            if (MemberIdComparer.Same(InOrder[at], member))
            {
                hint = at;
                return true;
            }
        }

        if (positions.TryGetValue(member, out var found))
        {
            hint = found;
            return true;
        }

        return false;
    }

    /// <summary>Collects the entries recorded present; a member listed twice counts once.</summary>
    public static Attendees Present(ImmutableArray<AttendanceEntry> attendance)
    {
        var inOrder = ImmutableArray.CreateBuilder<MemberId>(attendance.Length);
        var positions = new Dictionary<MemberId, int>(attendance.Length, MemberIdComparer.Instance);
        foreach (var entry in attendance)
        {
            if (entry.Present && positions.TryAdd(entry.MemberId, inOrder.Count))
            {
                inOrder.Add(entry.MemberId);
            }
        }

        return new Attendees(inOrder.DrainToImmutable(), positions);
    }
}
