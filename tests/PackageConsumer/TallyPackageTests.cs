using OrgLife.Tally.Kernels;

namespace OrgLife.PackageConsumer.Tests;

public sealed class TallyPackageTests
{
    [Fact]
    public void A_vendor_counts_a_mark_matrix_with_the_packaged_kernel()
    {
        // 3 ballots × 2 candidates on the four grades; counters per column: blank, grades 1…4, void.
        byte[] marks = [1, 2, 1, MarkCodes.Blank, 2, MarkCodes.Void];
        const int columns = 2, levels = 4;
        var counts = new long[columns * (levels + 2)];

        MarkCounter.Count(marks, columns, levels, counts);

        Assert.Equal([0L, 2, 1, 0, 0, 0, 1, 0, 1, 0, 0, 1], counts);
    }
}
