using OrgLife.Partials;
using OrgLife.Partials.Tests;
using OrgLife.Tally;

namespace OrgLife.Storage.Tests;

/// <summary>The SQL roll-ups report their progress in branches and stop when cancelled (issue 11 item 4).</summary>
public sealed class RollUpProgressTests
{
    [Fact]
    public async Task The_parquet_roll_up_reports_every_branch_rolled_up_and_never_goes_backwards()
    {
        var round = RandomRounds.Round(7);
        var folder = Directory.CreateTempSubdirectory("orglife-progress-");
        try
        {
            var file = await Write(folder, round);
            var progress = new Recorded();

            await ParquetRollUp.RollUpAsync([file], RandomRounds.Assessment, 2, progress);

            Assert.NotEmpty(progress.Reports);
            Assert.Equal(LevelTotals.Of(round, 0).Sum(t => t.Branches), progress.Reports[^1].Branches);
            Assert.True(progress.Reports.Zip(progress.Reports.Skip(1)).All(p => p.Second.Branches >= p.First.Branches));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_cancelled_parquet_roll_up_stops_with_OperationCanceledException()
    {
        var folder = Directory.CreateTempSubdirectory("orglife-progress-");
        try
        {
            var file = await Write(folder, RandomRounds.Round(3));
            using var cancelled = new CancellationTokenSource();
            await cancelled.CancelAsync();
            var progress = new Recorded();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ParquetRollUp.RollUpAsync([file], RandomRounds.Assessment, 1, progress, cancelled.Token));
            Assert.Empty(progress.Reports);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_store_roll_up_reports_its_progress_and_stops_when_cancelled()
    {
        var round = RandomRounds.Round(11);
        await using var store = await DuckDbPartialStore.OpenAsync(":memory:");
        await store.SubmitAsync(round);
        var progress = new Recorded();

        await store.RollUpAsync(RandomRounds.Assessment, 3, progress);

        Assert.Equal(LevelTotals.Of(round, 0).Sum(t => t.Branches), progress.Reports[^1].Branches);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.RollUpAsync(RandomRounds.Assessment, 3, null, cancelled.Token));
    }

    private static async Task<string> Write(DirectoryInfo folder, IEnumerable<PartialTally> partials)
    {
        var file = Path.Combine(folder.FullName, "round.parquet");
        await using var stream = File.Create(file);
        await PartialParquet.WriteAsync(partials, stream);
        return file;
    }

    /// <summary>Records every report as it is made (no synchronization context, unlike <see cref="Progress{T}"/>).</summary>
    private sealed class Recorded : IProgress<TallyProgress>
    {
        public List<TallyProgress> Reports { get; } = [];

        public void Report(TallyProgress value) => Reports.Add(value);
    }
}
