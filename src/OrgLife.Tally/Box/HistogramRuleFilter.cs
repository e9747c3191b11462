using System.Numerics;
using OrgLife.Tally.Kernels;

namespace OrgLife.Tally.Box;

/// <summary>
/// <see cref="HistogramRules"/> as the counting kernel's row filter: a row stands unless a rule fires, and each voided
/// row is noted with the first rule that fires on it, for the box to count apart once the kernel returns.
/// </summary>
internal readonly struct HistogramRuleFilter(HistogramRules rules, List<(int Row, int Rule)> voided) : IRowFilter
{
    /// <inheritdoc/>
    public ulong Refuse(ReadOnlySpan<byte> histograms, int rows, int firstRow)
    {
        var fired = rules.Firing(histograms, rows, FilteredRowCounter.ChunkRows);
        if (fired == 0)
        {
            return 0;
        }

        // Rare: which rule fired first on each voided row, from the row's own histogram.
        Span<int> histogram = stackalloc int[rules.LevelCount + 2];
        for (var left = fired; left != 0; left &= left - 1)
        {
            var row = BitOperations.TrailingZeroCount(left);
            for (var code = 0; code < histogram.Length; code++)
            {
                histogram[code] = histograms[(code * FilteredRowCounter.ChunkRows) + row];
            }

            voided.Add((firstRow + row, rules.FirstFiring(histogram)));
        }

        return fired;
    }
}
