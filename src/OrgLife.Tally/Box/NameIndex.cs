namespace OrgLife.Tally.Box;

/// <summary>
/// Finds a name's position from a span without allocating: exact (ordinal) names first, then codes in any case.
/// Built once per form or candidate list and shared by every box over it (read-only after construction, so thread safe).
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> exact;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>? anyCase;

    /// <summary>Indexes names (and optional codes) to <c>firstValue</c>, <c>firstValue + 1</c>, … in order.</summary>
    internal NameIndex(IEnumerable<string> names, IEnumerable<string>? codes = null, int firstValue = 0)
    {
        exact = Build(names, StringComparer.Ordinal, firstValue);
        anyCase = codes is null ? null : Build(codes, StringComparer.OrdinalIgnoreCase, firstValue);
    }

    /// <summary>The value of a name or code, or −1.</summary>
    internal int Find(ReadOnlySpan<char> key) =>
        exact.TryGetValue(key, out var value) || (anyCase is { } codes && codes.TryGetValue(key, out value)) ? value : -1;

    private static Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Build(IEnumerable<string> keys, StringComparer comparer, int firstValue)
    {
        var dictionary = new Dictionary<string, int>(comparer);
        var value = firstValue;
        foreach (var key in keys)
        {
            dictionary.TryAdd(key, value++);
        }

        return dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
