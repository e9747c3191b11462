using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Reports;

/// <summary>The table of shares gives the division's very decimal (value and scale) for every count and total, tabled or not.</summary>
public sealed class ShareTableTests
{
    [Fact]
    public void Every_tabled_share_has_the_bits_of_the_division()
    {
        Parallel.For(0, ShareTable.MaxTabledValid + 2, valid =>
        {
            for (var count = 0L; count <= valid; count++)
            {
                Assert.Equal(decimal.GetBits(ShareTable.Divide(count, valid)), decimal.GetBits(ShareTable.Of(count, valid)));
            }
        });
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 0)]
    [InlineData(7, 3)]
    [InlineData(-1, 10)]
    [InlineData(3, -4)]
    [InlineData(1, 1_000_000)]
    [InlineData(999_999, 1_000_000)]
    public void Shares_off_the_table_are_the_division(long count, long valid) =>
        Assert.Equal(decimal.GetBits(valid == 0 ? 0m : (decimal)count / valid), decimal.GetBits(ShareTable.Of(count, valid)));
}
