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
    public static bool Same(MemberId x, MemberId y)
    {
        var a = x.Value;
        var b = y.Value;
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Length != b.Length)
        {
            return false;
        }

        if (a.Length > ShortId)
        {
            return a[^1] == b[^1] && a.AsSpan().SequenceEqual(b);
        }

        // Short IDs (the usual m001, 1024, …) compared in place from the end, where they differ: no call per comparison.
        for (var i = a.Length - 1; i >= 0; i--)
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
