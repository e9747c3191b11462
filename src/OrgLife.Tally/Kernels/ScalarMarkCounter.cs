namespace OrgLife.Tally.Kernels;

/// <summary>
/// The plain reference kernel: counts a dense mark matrix one byte at a time. Every faster kernel
/// must give exactly its counts (a property test binds them).
/// </summary>
internal static class ScalarMarkCounter
{
    /// <summary>
    /// Adds the marks of a dense matrix to per-column counters.
    /// </summary>
    /// <param name="marks">Ballots × columns, row-major: ballot <c>b</c>, column <c>c</c> is at <c>b * columnCount + c</c>.</param>
    /// <param name="columnCount">Columns per ballot; at least 1. <paramref name="marks"/> holds a whole number of rows.</param>
    /// <param name="levelCount">Levels of the widest column, 1…<see cref="MarkCodes.MaxLevelCount"/>.</param>
    /// <param name="counts">
    /// <c>columnCount × (levelCount + 2)</c> counters, added to: for column <c>c</c> at <c>c * (levelCount + 2)</c>,
    /// first the blanks, then levels 1…<paramref name="levelCount"/>, then the void marks (code 255 and any code above
    /// <paramref name="levelCount"/>).
    /// </param>
    /// <exception cref="ArgumentException">The shapes do not fit together.</exception>
    public static void Count(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts)
    {
        MarkMatrixShape.Validate(marks.Length, columnCount, levelCount, counts.Length);
        var stride = levelCount + 2;
        var voidSlot = levelCount + 1;
        for (var row = 0; row < marks.Length; row += columnCount)
        {
            var ballot = marks.Slice(row, columnCount);
            for (var column = 0; column < ballot.Length; column++)
            {
                int code = ballot[column];
                var slot = code <= levelCount ? code : voidSlot;
                counts[(column * stride) + slot]++;
            }
        }
    }
}
