namespace OrgLife.Tally.Kernels;

/// <summary>
/// The counting path of rows whose codes take two bytes (one-decimal score columns: up to 1,001 levels, more than a
/// byte can code): counts a matrix of little-endian 16-bit codes one code at a time. Its counts equal
/// <see cref="ScalarMarkCounter"/>'s on the same codes (a property binds them); it is the box's path only for forms
/// that need it, so the one-byte kernel's speed is untouched.
/// </summary>
internal static class WideMarkCounter
{
    /// <summary>Adds the marks of a matrix of 16-bit codes to per-column counters, laid out as the one-byte kernel's.</summary>
    /// <param name="rows">Ballots × columns × 2 bytes, row-major, each code little-endian: 0 blank, 1…<paramref name="levelCount"/> the level, anything above void.</param>
    /// <param name="columnCount">Columns per ballot; at least 1.</param>
    /// <param name="levelCount">Levels of the widest column.</param>
    /// <param name="counts"><c>columnCount × (levelCount + 2)</c> counters, added to: blank, levels, void.</param>
    internal static void Count(ReadOnlySpan<byte> rows, int columnCount, int levelCount, Span<long> counts)
    {
        var stride = levelCount + 2;
        var voidSlot = levelCount + 1;
        var width = columnCount * 2;
        for (var row = 0; row + width <= rows.Length; row += width)
        {
            var ballot = rows.Slice(row, width);
            for (var column = 0; column < columnCount; column++)
            {
                var code = ballot[2 * column] | (ballot[(2 * column) + 1] << 8);
                var slot = code <= levelCount ? code : voidSlot;
                counts[(column * stride) + slot]++;
            }
        }
    }
}
