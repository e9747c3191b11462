using FsCheck;
using FsCheck.Fluent;
using OrgLife.Partials;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;
using Parquet;

namespace OrgLife.Partials.Tests;

/// <summary>Parquet files of many row groups: written and read as streams, exactly, and rolled up as the library merges.</summary>
public sealed class StreamingProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(25);

    [Fact]
    public void A_file_of_many_row_groups_round_trips_exactly_whole_and_streamed() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), Arb.From(Gen.Choose(1, 60)), (seed, rowGroupRows) =>
        {
            var round = RandomRounds.Round(seed, maxBranches: 30);
            using var file = new MemoryStream();
            var rows = PartialParquet.WriteAsync(round.ToAsyncEnumerable(), file, new PartialParquetOptions { RowGroupRows = rowGroupRows }).GetAwaiter().GetResult();
            Assert.Equal(round.Sum(p => PartialRecords.From(p).LongCount()), rows);
            Assert.Equal((int)((rows + rowGroupRows - 1) / rowGroupRows), RowGroups(file));

            file.Position = 0;
            var whole = PartialParquet.ReadAsync(file).GetAwaiter().GetResult();
            Assert.Empty(whole.Errors);
            Assert.Equal(round.OrderBy(p => p.Branch.Value, StringComparer.Ordinal), whole.Partials);

            file.Position = 0;
            var batches = PartialParquet.ReadBatchesAsync(file).ToBlockingEnumerable().ToList();
            Assert.Empty(batches.SelectMany(b => b.Errors));
            Assert.Equal(round, batches.SelectMany(b => b.Partials));
        }).Check(Config);

    [Fact]
    public void The_streamed_roll_up_equals_the_library_merge() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), Arb.From(Gen.Choose(1, 40)), Arb.From(Gen.Choose(0, 4)), (seed, rowGroupRows, depth) =>
        {
            var round = RandomRounds.Round(seed, maxBranches: 30);
            using var file = new MemoryStream();
            PartialParquet.WriteAsync(round.ToAsyncEnumerable(), file, new PartialParquetOptions { RowGroupRows = rowGroupRows }).GetAwaiter().GetResult();
            file.Position = 0;
            var streamed = PartialParquet.ReadBatchesAsync(file).ToBlockingEnumerable().SelectMany(batch => batch.Partials);

            Assert.Equal(LevelTotals.Of(round, depth).ToArray(), LevelTotals.Of(streamed, depth).ToArray());
            file.Position = 0;
            var again = PartialParquet.ReadBatchesAsync(file).ToBlockingEnumerable().SelectMany(batch => batch.Partials);
            Assert.Equal(
                RollUp.Build(round.Select(p => p.ToBranchTally()), SuggestionRule.Default),
                RollUp.Build(again.Select(p => p.ToBranchTally()), SuggestionRule.Default));
        }).Check(Config);

    [Fact]
    public async Task A_branch_whose_rows_come_back_later_is_reported_by_the_streamed_read_and_merged_by_the_whole_read()
    {
        var round = RandomRounds.Round(7, maxBranches: 3);
        var first = round[0];
        var other = new PartialTally(first.AssessmentId, new Ids.BranchId("其他支部"), first.OrganizationPath, first.Tally);
        using var file = new MemoryStream();
        await PartialParquet.WriteAsync(new[] { first, other, first }.ToAsyncEnumerable(), file, new PartialParquetOptions { RowGroupRows = 3 });

        file.Position = 0;
        var batches = await PartialParquet.ReadBatchesAsync(file).ToListAsync();
        Assert.Equal([first, other], batches.SelectMany(b => b.Partials));
        var error = Assert.Single(batches.SelectMany(b => b.Errors));
        Assert.Contains($"branch '{first.Branch.Value}'", error, StringComparison.Ordinal);
        Assert.Contains("not contiguous", error, StringComparison.Ordinal);

        file.Position = 0;
        var whole = await PartialParquet.ReadAsync(file);
        Assert.Empty(whole.Errors);
        Assert.Equal(first.Tally.Merge(first.Tally), whole.Partials.Single(p => p.Branch == first.Branch).Tally);
    }

    [Fact]
    public async Task A_file_that_is_not_Parquet_gives_one_error_from_the_streamed_read()
    {
        using var file = new MemoryStream("not parquet at all"u8.ToArray());
        var batches = await PartialParquet.ReadBatchesAsync(file).ToListAsync();
        var error = Assert.Single(batches.SelectMany(b => b.Errors));
        Assert.StartsWith("not a partial-tally Parquet file", error, StringComparison.Ordinal);
        Assert.Empty(batches.SelectMany(b => b.Partials));
    }

    private static int RowGroups(MemoryStream file)
    {
        file.Position = 0;
        var reader = ParquetReader.CreateAsync(file, null, true).GetAwaiter().GetResult();
        try
        {
            return reader.RowGroupCount;
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
