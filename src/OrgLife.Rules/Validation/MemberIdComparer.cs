using System.Runtime.CompilerServices;
using OrgLife.Ids;

namespace OrgLife.Rules.Validation;

/// <summary>
/// Equality of member IDs for the sets rules build for every record, with a cheap non-randomized hash (an
/// FNV-1a over the characters) instead of the default randomized one: the sets are per branch (tens of IDs),
/// so a crafted collision can cost no more than a few hundred comparisons, and validation is on the hot path.
/// </summary>
internal sealed class MemberIdComparer : IEqualityComparer<MemberId>
{
    /// <summary>The single instance.</summary>
    public static MemberIdComparer Instance { get; } = new();

    private MemberIdComparer()
    {
    }

    public bool Equals(MemberId x, MemberId y) => string.Equals(x.Value, y.Value, StringComparison.Ordinal);

    /// <summary>
    /// Ordinal equality of two IDs' values, as <see cref="Equals(MemberId, MemberId)"/>, for the hint scans over lists in
    /// roster order: IDs such as m001…m050 share their length, so a mismatch is rejected on the last character before
    /// the full comparison is called.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // on every remark and hint scan, with or without dynamic PGO
    public static bool Same(MemberId x, MemberId y)
    {
        // Small enough to inline into every hint scan: most comparisons end on the reference or on the last character.
        var a = x.Value;
        var b = y.Value;
        return ReferenceEquals(a, b)
            || (a is not null && b is not null && a.Length == b.Length && a.Length > 0 && a[^1] == b[^1] && SameBeforeLast(a, b));
    }

    /// <summary>The characters before the last of two strings of one length, compared in place from the end (IDs are short).</summary>
    private static bool SameBeforeLast(string a, string b)
    {
        if (a.Length > ShortId)
        {
            return a.AsSpan().SequenceEqual(b);
        }

        for (var i = a.Length - 2; i >= 0; i--)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>IDs up to this length are compared character by character; longer ones as spans.</summary>
    private const int ShortId = 12;

    public int GetHashCode(MemberId id)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in id.Value ?? string.Empty)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)hash;
        }
    }
}
