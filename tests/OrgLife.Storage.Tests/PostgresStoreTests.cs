namespace OrgLife.Storage.Tests;

/// <summary>The store contract against a real PostgreSQL server (see <see cref="TestPostgres"/>).</summary>
public sealed class PostgresStoreTests : StoreContract
{
    [PostgresFact]
    public Task Postgres_store_reads_back_exactly_and_rolls_up_as_the_library_does() => Stored_partials_read_back_exactly_and_roll_up_as_the_library_does();

    [PostgresFact]
    public Task Postgres_store_resubmission_never_doubles() => Resubmitting_any_branches_any_number_of_times_leaves_the_totals_unchanged();

    [PostgresFact]
    public Task Postgres_store_resubmitted_branch_replaces_its_counts() => A_resubmitted_branch_replaces_its_earlier_counts();

    [PostgresFact]
    public Task Postgres_store_partials_give_the_library_roll_up() => Read_partials_give_the_library_roll_up_report();

    [PostgresFact]
    public Task Postgres_store_migrates_idempotently() => Migrating_again_keeps_the_data_and_the_version();

    [PostgresFact]
    public Task Postgres_store_streamed_submission_replaces_branches_across_batches() => A_streamed_submission_of_several_batches_replaces_repeated_branches_across_batches();

    [PostgresFact]
    public Task Postgres_store_unknown_assessment_is_empty() => An_unknown_assessment_rolls_up_to_nothing();

    [PostgresFact]
    public async Task Two_stores_migrating_one_new_schema_at_once_both_succeed()
    {
        var schema = new StoreSchemaName($"m_{Guid.NewGuid():N}");
        try
        {
            var opening = Enumerable.Range(0, 4).Select(_ => PostgresPartialStore.OpenAsync(TestPostgres.ConnectionString!, schema)).ToList();
            foreach (var store in await Task.WhenAll(opening))
            {
                Assert.Equal(PartialStore.SchemaVersion, await store.MigrateAsync());
                await store.DisposeAsync();
            }
        }
        finally
        {
            await TestPostgres.DropAsync(schema);
        }
    }

    private protected override async Task<PartialStore> OpenAsync() => await TestPostgres.OpenAsync();

    private protected override async Task CleanUpAsync(PartialStore store)
    {
        await TestPostgres.DropAsync(store.Schema);
        await store.DisposeAsync();
    }
}
