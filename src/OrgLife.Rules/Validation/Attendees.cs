using System.Collections.Immutable;
using System.Runtime.InteropServices;
using OrgLife.Ids;
using OrgLife.Meetings;

namespace OrgLife.Rules.Validation;

/// <summary>The members recorded present at the meeting, in attendance order, with each one's position in that order (see <see cref="RuleContext.Present"/>).</summary>
internal sealed class Attendees
{
    /// <summary>Attendance lists up to this length are searched by a scan; longer ones get a hash index.</summary>
    internal const int ScanLimit = 64;

    // Only for an attendance list longer than ScanLimit: a branch's ~22 entries are scanned for less than hashing costs.
    private readonly Dictionary<MemberId, int>? positions;

    private Attendees(ImmutableArray<MemberId> inOrder, Dictionary<MemberId, int>? positions)
    {
        InOrder = inOrder;
        this.positions = positions;
    }

    /// <summary>The present members in attendance order, each once.</summary>
    public ImmutableArray<MemberId> InOrder { get; }

    /// <summary>True when <paramref name="member"/> was recorded present.</summary>
    public bool Contains(MemberId member) => IndexOf(member) >= 0;

    /// <summary>The position of <paramref name="member"/> in <see cref="InOrder"/>, or -1 when they were not recorded present.</summary>
    public int IndexOf(MemberId member)
        => positions is null ? Scan(InOrder.AsSpan(), member) : positions.TryGetValue(member, out var at) ? at : -1;

    /// <summary>
    /// <see cref="Contains(MemberId)"/> for a loop over members in attendance order (the roster usually is): tries the
    /// last hit and the position after it before the full search, and moves <paramref name="hint"/> to the position found.
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

        var found = IndexOf(member);
        if (found >= 0)
        {
            hint = found;
            return true;
        }

        return false;
    }

    /// <summary>Collects the entries recorded present; a member listed twice counts once.</summary>
    public static Attendees Present(ImmutableArray<AttendanceEntry> attendance)
    {
        var inOrder = new MemberId[attendance.Length];
        var count = 0;
        var positions = attendance.Length > ScanLimit ? new Dictionary<MemberId, int>(attendance.Length, MemberIdComparer.Instance) : null;
        foreach (var entry in attendance)
        {
            if (entry.Present && (positions is null ? Scan(inOrder.AsSpan(0, count), entry.MemberId) < 0 : positions.TryAdd(entry.MemberId, count)))
            {
                inOrder[count++] = entry.MemberId;
            }
        }

        return new Attendees(count == inOrder.Length ? ImmutableCollectionsMarshal.AsImmutableArray(inOrder) : [.. inOrder.AsSpan(0, count)], positions);
    }

    private static int Scan(ReadOnlySpan<MemberId> members, MemberId member)
    {
        for (var i = 0; i < members.Length; i++)
        {
            if (MemberIdComparer.Same(members[i], member))
            {
                return i;
            }
        }

        return -1;
    }
}
