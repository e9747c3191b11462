using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using OrgLife.Ids;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// The position of a member among OL206's participants. Remarks are usually listed critic by critic, each in attendance
/// order, so a look-up first tries the last position found and the two after it (the one after the examinee's own,
/// whom the critic skips); the hash index is built only on the first miss, which a well-ordered record never has.
/// The participants are distinct (the circle is de-duplicated), so any hit is the only one. One per evaluation, one thread.
/// </summary>
internal sealed class ParticipantIndex(List<MemberId> participants)
{
    private Dictionary<MemberId, int>? index;

    /// <summary>The position of <paramref name="id"/>, or -1.</summary>
    private int Find(MemberId id)
    {
        if (index is null)
        {
            index = new Dictionary<MemberId, int>(participants.Count, MemberIdComparer.Instance);
            for (var i = 0; i < participants.Count; i++)
            {
                index.TryAdd(participants[i], i);
            }
        }

        return index.TryGetValue(id, out var at) ? at : -1;
    }

    /// <summary>The position of <paramref name="id"/> or -1, trying <paramref name="hint"/> and the two positions after it first; moves the hint to the position found.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // on every remark and hint scan, with or without dynamic PGO
    public int Find(MemberId id, ref int hint)
    {
        // The hint and the next position inline (one of the two hits for a well-ordered record); the rest in a call.
        var all = CollectionsMarshal.AsSpan(participants); // the list is not changed while the index is used
        var at = hint;
        if ((uint)at < (uint)all.Length)
        {
            if (MemberIdComparer.Same(all[at], id))
            {
                return at;
            }

            var next = at + 1 < all.Length ? at + 1 : 0;
            if (MemberIdComparer.Same(all[next], id))
            {
                return hint = next;
            }
        }

        return FindFurther(id, ref hint);
    }

    /// <summary>The third position after the hint, then the hash index.</summary>
    private int FindFurther(MemberId id, ref int hint)
    {
        var count = participants.Count;
        if (count > 0)
        {
            var at = (hint + 2) % count;
            if (MemberIdComparer.Same(participants[at], id))
            {
                return hint = at;
            }
        }

        var found = Find(id);
        if (found >= 0)
        {
            hint = found;
        }

        return found;
    }
}
