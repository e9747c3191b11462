namespace OrgLife.Tally.Kernels;

/// <summary>
/// The counting kernel used by the tally: counts a dense mark matrix into per-column counters,
/// with the fastest path this machine supports. Its results equal <see cref="ScalarMarkCounter"/>'s.
/// Thread safe: it keeps no state.
/// </summary>
public static class MarkCounter
{
    /// <summary>
    /// Adds the marks of a dense matrix to per-column counters; the contract is
    /// <see cref="ScalarMarkCounter.Count"/>'s.
    /// </summary>
    /// <param name="marks">Ballots × columns, row-major.</param>
    /// <param name="columnCount">Columns per ballot; at least 1.</param>
    /// <param name="levelCount">Levels of the widest column, 1…<see cref="MarkCodes.MaxLevelCount"/>.</param>
    /// <param name="counts"><c>columnCount × (levelCount + 2)</c> counters, added to: blank, levels, void.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together.</exception>
    public static void Count(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts)
        => ScalarMarkCounter.Count(marks, columnCount, levelCount, counts);
}
