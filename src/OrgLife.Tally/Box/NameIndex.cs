namespace OrgLife.Tally.Box;

/// <summary>
/// Finds a name's position from a span without allocating: exact (ordinal) names first, then codes in any case.
/// Short lists (scales have at most 8 levels) are scanned, which beats hashing; longer ones use dictionaries.
/// Built once per form or candidate list and shared by every box over it (read-only after construction, so thread safe).
/// </summary>
internal sealed class NameIndex
{
    private const int ScanLimit = 8;

    private readonly string[] names;
    private readonly string[] codes;
    private readonly int firstValue;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>? exact;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>? anyCase;

    /// <summary>Indexes names (and optional codes) to <c>firstValue</c>, <c>firstValue + 1</c>, … in order.</summary>
    internal NameIndex(IEnumerable<string> names, IEnumerable<string>? codes = null, int firstValue = 0)
    {
        this.names = [.. names];
        this.codes = codes is null ? [] : [.. codes];
        this.firstValue = firstValue;
        if (this.names.Length > ScanLimit)
        {
            exact = Build(this.names, StringComparer.Ordinal, firstValue);
            anyCase = this.codes.Length == 0 ? null : Build(this.codes, StringComparer.OrdinalIgnoreCase, firstValue);
        }
    }

    /// <summary>The value of a name or code, or −1.</summary>
    internal int Find(ReadOnlySpan<char> key)
    {
        if (exact is { } byName)
        {
            return byName.TryGetValue(key, out var value) || (anyCase is { } byCode && byCode.TryGetValue(key, out value)) ? value : -1;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (key.SequenceEqual(names[i]))
            {
                return firstValue + i;
            }
        }

        for (var i = 0; i < codes.Length; i++)
        {
            if (key.Equals(codes[i], StringComparison.OrdinalIgnoreCase))
            {
                return firstValue + i;
            }
        }

        return -1;
    }

    /// <summary>True when the name at <paramref name="value"/> is exactly <paramref name="key"/>: a cheap check of a predicted position.</summary>
    internal bool Is(int value, ReadOnlySpan<char> key)
    {
        var index = value - firstValue;
        return (uint)index < (uint)names.Length && key.SequenceEqual(names[index]);
    }

    private static Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Build(string[] keys, StringComparer comparer, int firstValue)
    {
        var dictionary = new Dictionary<string, int>(comparer);
        for (var i = 0; i < keys.Length; i++)
        {
            dictionary.TryAdd(keys[i], firstValue + i);
        }

        return dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
