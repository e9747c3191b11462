using OrgLife.Tally;

namespace OrgLife.Partials.Tests;

/// <summary>The streamed read of a large Parquet file reports its progress and stops when cancelled (issue 11 item 4).</summary>
public sealed class ReadProgressTests
{
    [Fact]
    public async Task The_streamed_read_reports_bytes_and_branches_read_never_going_backwards()
    {
        var round = RandomRounds.Round(3, maxBranches: 30);
        using var file = new MemoryStream();
        await PartialParquet.WriteAsync(round.ToAsyncEnumerable(), file, new PartialParquetOptions { RowGroupRows = 4 });
        file.Position = 0;
        var progress = new Recorded();

        var read = await PartialParquet.ReadBatchesAsync(file, progress).ToListAsync();

        Assert.True(progress.Reports.Count > 1);
        Assert.Equal(read.Sum(b => b.Partials.Length), progress.Reports[^1].Branches);
        Assert.Equal(round.Length, progress.Reports[^1].Branches);
        Assert.InRange(progress.Reports[^1].Bytes, 1, file.Length);
        Assert.True(progress.Reports.Zip(progress.Reports.Skip(1)).All(p => p.Second.Branches >= p.First.Branches && p.Second.Bytes >= p.First.Bytes));
    }

    [Fact]
    public async Task A_cancelled_streamed_read_stops_with_OperationCanceledException()
    {
        using var file = new MemoryStream();
        await PartialParquet.WriteAsync(RandomRounds.Round(5, maxBranches: 30).ToAsyncEnumerable(), file, new PartialParquetOptions { RowGroupRows = 4 });
        file.Position = 0;
        using var cancellation = new CancellationTokenSource();
        var progress = new Recorded();
        var batches = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var batch in PartialParquet.ReadBatchesAsync(file, progress, cancellation.Token))
            {
                // Cancelled after the first batch: no further row group is read.
                batches++;
                await cancellation.CancelAsync();
            }
        });
        Assert.Equal(1, batches);
        Assert.Single(progress.Reports);
    }

    /// <summary>Records every report as it is made (no synchronization context, unlike <see cref="Progress{T}"/>).</summary>
    private sealed class Recorded : IProgress<TallyProgress>
    {
        public List<TallyProgress> Reports { get; } = [];

        public void Report(TallyProgress value) => Reports.Add(value);
    }
}
