using FsCheck;
using FsCheck.Fluent;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Properties;

/// <summary>The report's share computation against plain decimal division, bit for bit (value and scale).</summary>
public sealed class ShareDivisionProperties
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(20_000);

    // Totals of every size a column can have (0, small, a box's, past 2^32), and multiples of a large power of two,
    // whose shares can fall exactly half way at the 28th place.
    private static readonly Gen<long> Totals = Gen.OneOf(
        Gen.Choose(0, 300).Select(t => (long)t),
        Gen.Choose(1, 2_000_000).Select(t => (long)t),
        Gen.Choose(0, int.MaxValue).Select(t => ((long)t * 3) + 1),
        from odd in Gen.Choose(1, 15) from shift in Gen.Choose(0, 3) select ((2L * odd) + 1) << (28 + shift),
        Gen.Choose(0, int.MaxValue).Select(t => long.MaxValue - t));

    private static readonly Gen<(long Count, long Total)> Pairs =
        from total in Totals
        from count in Gen.OneOf(
            Gen.Choose(0, int.MaxValue).Select(c => total == 0 ? 0 : (long)((ulong)c * (ulong)total / int.MaxValue)),
            Gen.Elements(0L, 1L, total, Math.Max(0, total - 1), total / 2, (total / 2) + 1))
        select (count, total);

    private static bool SameBits(decimal a, decimal b) => decimal.GetBits(a).AsSpan().SequenceEqual(decimal.GetBits(b));

    [Fact]
    public void A_share_equals_plain_decimal_division_bit_for_bit_for_any_count_and_total() =>
        Check.One(Many, Prop.ForAll(Pairs.ToArbitrary(), p => SameBits(ShareDivision.Of(p.Count, p.Total), p.Total == 0 ? 0m : (decimal)p.Count / p.Total)));

    [Theory]
    [InlineData(1, 4)]
    [InlineData(1, 3)]
    [InlineData(2, 3)]
    [InlineData(1, 1L << 30)]
    [InlineData(3, 1L << 31)]
    [InlineData(7, 10)]
    [InlineData(0, 0)]
    [InlineData(0, 9)]
    [InlineData(9, 9)]
    [InlineData(12_345, 20_000)]
    public void A_share_equals_plain_decimal_division_at_exact_and_half_way_quotients(long count, long total) =>
        Assert.True(SameBits(ShareDivision.Of(count, total), total == 0 ? 0m : (decimal)count / total));
}
