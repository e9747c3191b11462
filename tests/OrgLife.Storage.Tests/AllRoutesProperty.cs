using FsCheck;
using FsCheck.Fluent;
using OrgLife.Partials;
using OrgLife.Partials.Tests;
using static OrgLife.Storage.Tests.Expect;

namespace OrgLife.Storage.Tests;

/// <summary>
/// For random hierarchies and ballots, every route gives the library's totals at every level: the library's own
/// roll-up, the PostgreSQL store, DuckDB over Parquet and the embedded store — after resubmitting random subsets.
/// </summary>
public sealed class AllRoutesProperty
{
    [PostgresFact]
    public async Task Library_postgres_parquet_and_embedded_store_roll_ups_agree()
    {
        await using var postgres = await TestPostgres.OpenAsync();
        await using var embedded = await DuckDbPartialStore.OpenAsync(":memory:");
        var folder = Directory.CreateTempSubdirectory("orglife-routes-");
        try
        {
            Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
            {
                var random = new Random(seed);
                var assessment = $"X{seed}";
                var round = RandomRounds.Round(seed).Select(p => new PartialTally(assessment, p.Branch, p.OrganizationPath, p.Tally)).ToList();
                var file = Path.Combine(folder.FullName, $"{seed}.parquet");
                using (var stream = File.Create(file))
                {
                    PartialParquet.WriteAsync(round, stream).GetAwaiter().GetResult();
                }

                foreach (var store in new PartialStore[] { postgres, embedded })
                {
                    store.SubmitAsync(round).GetAwaiter().GetResult();
                    store.SubmitAsync(round.Where(_ => random.Next(0, 3) == 0)).GetAwaiter().GetResult();
                }

                for (var depth = 0; depth <= 4; depth++)
                {
                    var library = LevelTotals.Of(round, depth);
                    Same(library, postgres.RollUpAsync(assessment, depth));
                    Same(library, embedded.RollUpAsync(assessment, depth));
                    Same(library, ParquetRollUp.RollUpAsync([file], assessment, depth));
                }
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(10));
        }
        finally
        {
            await TestPostgres.DropAsync(postgres.Schema);
            folder.Delete(recursive: true);
        }
    }
}
