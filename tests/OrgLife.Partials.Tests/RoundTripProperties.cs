using FsCheck;
using FsCheck.Fluent;
using OrgLife.Partials;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Partials;

namespace OrgLife.Partials.Tests;

/// <summary>Round trips through rows, JSON and Parquet are exact, for random rounds.</summary>
public sealed class RoundTripProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(60);

    [Fact]
    public void Rows_round_trip_any_tally_exactly() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            foreach (var partial in RandomRounds.Round(seed))
            {
                var read = TallyRows.FromRows(partial.Tally.Form, TallyRows.ToRows(partial.Tally));
                Assert.Null(read.Error);
                Assert.Equal(partial.Tally, read.Tally);
                Assert.Equal(partial.Tally.Returned, read.Tally!.Returned);
                Assert.Equal(partial.Tally.WithoutValidityRules(), read.Tally.WithoutValidityRules());
            }
        }).Check(Config);

    [Fact]
    public void Rows_of_two_partials_of_one_branch_read_back_as_their_merge() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var random = new Random(seed);
            var first = RandomRounds.Tally(random, RandomRounds.FormOf(seed));
            var second = RandomRounds.Tally(new Random(seed), RandomRounds.FormOf(seed));
            var read = TallyRows.FromRows(first.Form, TallyRows.ToRows(first).Concat(TallyRows.ToRows(second)));
            Assert.Equal(first.Merge(second), read.Tally);
        }).Check(Config);

    [Fact]
    public void Json_round_trips_any_round_exactly() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var round = RandomRounds.Round(seed);
            var read = PartialJson.Parse(PartialJson.Serialize(round));
            Assert.Empty(read.Errors);
            Assert.Equal(round.OrderBy(p => p.Branch.Value, StringComparer.Ordinal), read.Partials);
        }).Check(Config);

    [Fact]
    public void Parquet_round_trips_any_round_exactly() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var round = RandomRounds.Round(seed);
            using var file = new MemoryStream();
            PartialParquet.WriteAsync(round, file).GetAwaiter().GetResult();
            file.Position = 0;
            var read = PartialParquet.ReadAsync(file).GetAwaiter().GetResult();
            Assert.Empty(read.Errors);
            Assert.Equal(round.OrderBy(p => p.Branch.Value, StringComparer.Ordinal), read.Partials);
        }).Check(Config.WithMaxTest(25));
}
