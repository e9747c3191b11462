using static OrgLife.Storage.Tests.Expect;
using OrgLife.Partials;
using OrgLife.Partials.Tests;

namespace OrgLife.Storage.Tests;

public sealed class DuckDbStoreTests : StoreContract
{
    [Fact]
    public Task Embedded_store_reads_back_exactly_and_rolls_up_as_the_library_does() => Stored_partials_read_back_exactly_and_roll_up_as_the_library_does();

    [Fact]
    public Task Embedded_store_resubmission_never_doubles() => Resubmitting_any_branches_any_number_of_times_leaves_the_totals_unchanged();

    [Fact]
    public Task Embedded_store_resubmitted_branch_replaces_its_counts() => A_resubmitted_branch_replaces_its_earlier_counts();

    [Fact]
    public Task Embedded_store_partials_give_the_library_roll_up() => Read_partials_give_the_library_roll_up_report();

    [Fact]
    public Task Embedded_store_migrates_idempotently() => Migrating_again_keeps_the_data_and_the_version();

    [Fact]
    public Task Embedded_store_streamed_submission_replaces_branches_across_batches() => A_streamed_submission_of_several_batches_replaces_repeated_branches_across_batches();

    [Fact]
    public Task Embedded_store_unknown_assessment_is_empty() => An_unknown_assessment_rolls_up_to_nothing();

    [Fact]
    public async Task Embedded_store_keeps_its_data_in_the_file_across_openings()
    {
        var folder = Directory.CreateTempSubdirectory("orglife-duckdb-");
        try
        {
            var file = Path.Combine(folder.FullName, "store.duckdb");
            var round = RandomRounds.Round(5);
            await using (var store = await DuckDbPartialStore.OpenAsync(file))
            {
                await store.SubmitAsync(round);
            }

            await using (var store = await DuckDbPartialStore.OpenAsync(file))
            {
                Same(LevelTotals.Of(round, 1), await store.RollUpAsync(RandomRounds.Assessment, 1));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Orglife")]
    [InlineData("org\"life")]
    [InlineData("org life")]
    [InlineData("1orglife")]
    [InlineData("orglife; drop table x")]
    public void A_schema_name_outside_the_pattern_is_refused(string name) =>
        Assert.Throws<ArgumentException>(() => new StoreSchemaName(name));

    private protected override async Task<PartialStore> OpenAsync() => await DuckDbPartialStore.OpenAsync(":memory:");

    private protected override Task CleanUpAsync(PartialStore store) => store.DisposeAsync().AsTask();
}
