using static OrgLife.Storage.Tests.Expect;
using FsCheck;
using FsCheck.Fluent;
using OrgLife.Partials;
using OrgLife.Partials.Tests;

namespace OrgLife.Storage.Tests;

public sealed class ParquetRollUpTests
{
    [Fact]
    public void DuckDb_over_parquet_rolls_up_as_the_library_does() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var round = RandomRounds.Round(seed);
            var folder = Directory.CreateTempSubdirectory("orglife-parquet-");
            try
            {
                // Split the round over two files, as two counties would send them.
                var files = new List<string>();
                foreach (var part in round.Chunk((round.Length + 1) / 2))
                {
                    var file = Path.Combine(folder.FullName, $"part{files.Count}.parquet");
                    using (var stream = File.Create(file))
                    {
                        PartialParquet.WriteAsync(part, stream).GetAwaiter().GetResult();
                    }

                    files.Add(file);
                }

                for (var depth = 0; depth <= 4; depth++)
                {
                    Same(LevelTotals.Of(round, depth), ParquetRollUp.RollUpAsync(files, RandomRounds.Assessment, depth).GetAwaiter().GetResult());
                }
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(15));

    [Fact]
    public async Task A_file_name_with_quotes_is_a_value_not_sql()
    {
        var folder = Directory.CreateTempSubdirectory("orglife-parquet-");
        try
        {
            var file = Path.Combine(folder.FullName, "it's a \"file\"; --.parquet");
            var round = RandomRounds.Round(1);
            await using (var stream = File.Create(file))
            {
                await PartialParquet.WriteAsync(round, stream);
            }

            Same(LevelTotals.Of(round, 1), await ParquetRollUp.RollUpAsync([file], RandomRounds.Assessment, 1));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
