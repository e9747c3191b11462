namespace OrgLife.Tally.Reports;

/// <summary>
/// A level's share of a column's valid marks, <c>(decimal)count / total</c>, without the general decimal division where
/// the quotient is plainly its 28-place rounding: one 128-bit division instead. Bound to the plain division by
/// <c>ShareDivisionProperties</c> (every bit of the decimal: value and scale).
/// </summary>
internal static class ShareDivision
{
    private static readonly UInt128 TenPow28 = UInt128.Parse("10000000000000000000000000000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The share, equal bit for bit to <c>(decimal)count / total</c> (0 when <paramref name="total"/> is 0).</summary>
    internal static decimal Of(long count, long total)
    {
        if (total == 0)
        {
            return 0m;
        }

        // Counts of a box (under 2^32) and a share strictly between 0 and 1: count·10^28 fits 128 bits.
        if (count <= 0 || count >= total || total > uint.MaxValue)
        {
            return (decimal)count / total;
        }

        var (quotient, remainder) = UInt128.DivRem((UInt128)(ulong)count * TenPow28, (ulong)total);

        // Half to even, as decimal division rounds at its 28th place.
        var twice = (UInt128)remainder * 2;
        if (twice > (ulong)total || (twice == (ulong)total && (quotient & 1) == 1))
        {
            quotient++;
        }

        // A quotient ending in 0 may be exact (decimal division then drops the trailing zeros): leave it to the division.
        if (quotient % 10 == 0)
        {
            return (decimal)count / total;
        }

        var bits = unchecked((ulong)quotient);
        return new decimal(unchecked((int)(uint)bits), unchecked((int)(uint)(bits >> 32)), unchecked((int)(uint)(ulong)(quotient >> 64)), false, 28);
    }
}
