using System.Runtime.CompilerServices;
namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// The (critic, examinee) pairs of participant positions met in a meeting's criticism remarks, for OL206. A bit matrix
/// while the participants are few (a branch's 22 participants take 8 words; at most <see cref="MatrixLimit"/> take
/// 8 KiB), a hash set of the pairs beyond, so memory follows the remarks and never an attendance list of any length
/// squared. Both hold the same pairs; a property binds the matrix to the set. One per evaluation, one thread.
/// </summary>
internal sealed class CriticismPairs
{
    /// <summary>The most participants kept in a bit matrix.</summary>
    public const int MatrixLimit = 256;

    private readonly int count;
    private readonly ulong[]? matrix;
    private readonly HashSet<long>? set;

    /// <summary>Pairs among <paramref name="participants"/> participants, from about <paramref name="remarks"/> remarks.</summary>
    public CriticismPairs(int participants, int remarks)
        : this(participants, remarks, useMatrix: participants <= MatrixLimit)
    {
    }

    /// <summary>Pairs kept in the matrix or in the set as <paramref name="useMatrix"/> says (the tests compare the two).</summary>
    internal CriticismPairs(int participants, int remarks, bool useMatrix)
    {
        count = participants;
        if (useMatrix)
        {
            matrix = new ulong[(((long)participants * participants) + 63) / 64];
        }
        else
        {
            set = new HashSet<long>(Math.Min(remarks, 1 << 16));
        }
    }

    /// <summary>Records that participant <paramref name="from"/> criticized participant <paramref name="to"/>; true when the pair is new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // on every remark and hint scan, with or without dynamic PGO
    public bool Add(int from, int to)
    {
        if (matrix is not null)
        {
            // Positions below the participant count: the product fits a long, and the checked arithmetic costs on every remark.
            var at = unchecked(((long)from * count) + to);
            var bit = 1UL << (int)(at & 63);
            ref var word = ref matrix[at >> 6];
            var added = (word & bit) == 0;
            word |= bit;
            return added;
        }

        return set!.Add(Key(from, to));
    }

    /// <summary>True when participant <paramref name="from"/> criticized participant <paramref name="to"/>.</summary>
    public bool Contains(int from, int to)
    {
        if (matrix is not null)
        {
            var at = ((long)from * count) + to;
            return (matrix[at >> 6] & (1UL << (int)(at & 63))) != 0;
        }

        return set!.Contains(Key(from, to));
    }

    private static long Key(int from, int to) => ((long)from << 32) | (uint)to;
}
