using System.Numerics;
using System.Runtime.Intrinsics;
using OrgLife.Tally.Kernels;

namespace OrgLife.Tally.Box;

/// <summary>
/// <see cref="HistogramRules"/> whose rules <see cref="HistogramRules.PairsSuffice"/> as the lean kernel's row filter: the
/// two counts per row clear almost every row, and the few they cannot clear (a cap exceeded, a level of the pair absent)
/// are looked at closer, each with its whole histogram and <see cref="HistogramRules.FirstFiring"/>, so a row is voided
/// exactly when the general filter would void it, with the same rule.
/// </summary>
internal readonly struct PairRuleFilter(HistogramRules rules, ulong lanes, int columnCount, List<(int Row, int Rule)> voided) : IPairRowFilter
{
    /// <inheritdoc/>
    public (byte First, byte Second) Codes(ReadOnlySpan<byte> rows) => rules.PairCodes(rows, columnCount, lanes);

    /// <inheritdoc/>
    public ulong Refuse(ReadOnlySpan<byte> firstCounts, ReadOnlySpan<byte> secondCounts, byte first, byte second, ReadOnlySpan<byte> rows, int rowCount, int firstRow)
    {
        var suspects = rules.Suspects(firstCounts, secondCounts, first, second, rowCount);
        if (suspects == 0)
        {
            return 0;
        }

        // Rare: the whole histogram of each suspect row, from its codes, and the first rule that fires on it.
        Span<int> histogram = stackalloc int[rules.LevelCount + 2];
        var refused = 0UL;
        for (var left = suspects; left != 0; left &= left - 1)
        {
            var row = BitOperations.TrailingZeroCount(left);
            Histogram(rows.Slice(row * columnCount, columnCount), histogram);
            var rule = rules.FirstFiring(histogram);
            if (rule >= 0)
            {
                voided.Add((firstRow + row, rule));
                refused |= 1UL << row;
            }
        }

        return refused;
    }

    // The row's histogram over the rules' lanes: blanks, levels, then every code above the levels. With 512-bit registers,
    // one compare per code on the whole row; else one lane at a time.
    private void Histogram(ReadOnlySpan<byte> codes, Span<int> histogram)
    {
        var levels = rules.LevelCount;
        histogram.Clear();
        if (Vector512.IsHardwareAccelerated && codes.Length <= Vector512<byte>.Count)
        {
            Span<byte> padded = stackalloc byte[Vector512<byte>.Count];
            padded.Clear();
            codes.CopyTo(padded);
            var row = Vector512.Create<byte>(padded);
            var told = 0;
            for (var code = 0; code <= levels; code++)
            {
                histogram[code] = BitOperations.PopCount(Vector512.Equals(row, Vector512.Create((byte)code)).ExtractMostSignificantBits() & lanes);
                told += histogram[code];
            }

            histogram[levels + 1] = BitOperations.PopCount(lanes) - told;
            return;
        }

        for (var left = lanes; left != 0; left &= left - 1)
        {
            histogram[Math.Min((int)codes[BitOperations.TrailingZeroCount(left)], levels + 1)]++;
        }
    }
}
