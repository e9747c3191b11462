using static OrgLife.Storage.Tests.Expect;
using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using OrgLife.Partials;
using OrgLife.Partials.Tests;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Storage.Tests;

/// <summary>What every store must do, checked against a fresh store from <see cref="OpenAsync"/>.</summary>
public abstract class StoreContract
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(15);

    /// <summary>A fresh, empty store.</summary>
    private protected abstract Task<PartialStore> OpenAsync();

    /// <summary>Removes what the store left behind.</summary>
    private protected abstract Task CleanUpAsync(PartialStore store);

    private protected async Task Stored_partials_read_back_exactly_and_roll_up_as_the_library_does()
    {
        var store = await OpenAsync();
        try
        {
            Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
            {
                var round = RandomRounds.Round(seed);
                var assessment = $"A{seed}";
                var partials = round.Select(p => new PartialTally(assessment, p.Branch, p.OrganizationPath, p.Tally)).ToList();
                store.SubmitAsync(partials).GetAwaiter().GetResult();
                var read = store.ReadAsync(assessment).GetAwaiter().GetResult();
                Assert.Empty(read.Errors);
                Assert.Equal(partials.OrderBy(p => p.Branch.Value, StringComparer.Ordinal), read.Partials);
                for (var depth = 0; depth <= 4; depth++)
                {
                    Same(LevelTotals.Of(partials, depth), store.RollUpAsync(assessment, depth).GetAwaiter().GetResult());
                }
            }).Check(Config);
        }
        finally
        {
            await CleanUpAsync(store);
        }
    }

    private protected async Task Resubmitting_any_branches_any_number_of_times_leaves_the_totals_unchanged()
    {
        var store = await OpenAsync();
        try
        {
            Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
            {
                var random = new Random(seed);
                var assessment = $"R{seed}";
                var partials = RandomRounds.Round(seed).Select(p => new PartialTally(assessment, p.Branch, p.OrganizationPath, p.Tally)).ToList();
                store.SubmitAsync(partials).GetAwaiter().GetResult();
                for (var again = random.Next(1, 4); again > 0; again--)
                {
                    var subset = partials.Where(_ => random.Next(0, 2) == 0).ToList();
                    store.SubmitAsync(subset.Concat(subset)).GetAwaiter().GetResult();
                }

                Same(LevelTotals.Of(partials, 2), store.RollUpAsync(assessment, 2).GetAwaiter().GetResult());
                Assert.Equal(partials.Count, store.ReadAsync(assessment).GetAwaiter().GetResult().Partials.Length);
            }).Check(Config);
        }
        finally
        {
            await CleanUpAsync(store);
        }
    }

    private protected async Task A_resubmitted_branch_replaces_its_earlier_counts()
    {
        var store = await OpenAsync();
        try
        {
            var first = RandomRounds.Round(7, 3);
            await store.SubmitAsync(first);
            var changed = new PartialTally(first[0].AssessmentId, first[0].Branch, first[0].OrganizationPath, RandomRounds.Tally(new Random(99)));
            await store.SubmitAsync([changed]);
            var expected = first.SetItem(0, changed);
            var read = await store.ReadAsync(first[0].AssessmentId);
            Assert.Equal(expected.OrderBy(p => p.Branch.Value, StringComparer.Ordinal), read.Partials);
            Same(LevelTotals.Of(expected, 0), await store.RollUpAsync(first[0].AssessmentId, 0));
        }
        finally
        {
            await CleanUpAsync(store);
        }
    }

    private protected async Task Read_partials_give_the_library_roll_up_report()
    {
        var store = await OpenAsync();
        try
        {
            var round = RandomRounds.Round(11);
            await store.SubmitAsync(round);
            var read = await store.ReadAsync(RandomRounds.Assessment);
            var fromStore = RollUp.Build(read.Partials.Select(p => p.ToBranchTally()), SuggestionRule.Default);
            var fromLibrary = RollUp.Build(round.Select(p => p.ToBranchTally()), SuggestionRule.Default);
            Assert.Equal(fromLibrary, fromStore);
        }
        finally
        {
            await CleanUpAsync(store);
        }
    }

    private protected async Task Migrating_again_keeps_the_data_and_the_version()
    {
        var store = await OpenAsync();
        try
        {
            await store.SubmitAsync(RandomRounds.Round(3, 2));
            Assert.Equal(PartialStore.SchemaVersion, await store.MigrateAsync());
            Assert.Equal(PartialStore.SchemaVersion, await store.MigrateAsync());
            Assert.NotEmpty((await store.ReadAsync(RandomRounds.Assessment)).Partials);
        }
        finally
        {
            await CleanUpAsync(store);
        }
    }

    private protected async Task An_unknown_assessment_rolls_up_to_nothing()
    {
        var store = await OpenAsync();
        try
        {
            Assert.Empty(await store.RollUpAsync("没有这次测评'; DROP TABLE x; --", 1));
            Assert.Empty((await store.ReadAsync("none")).Partials);
        }
        finally
        {
            await CleanUpAsync(store);
        }
    }

    private protected async Task A_streamed_submission_of_several_batches_replaces_repeated_branches_across_batches()
    {
        var store = await OpenAsync();
        try
        {
            // More partials than one batch; the first branches come again (with other counts) in the last batch.
            var tallies = RandomRounds.Round(21, 6).Select(p => p.Tally).ToList();
            var count = PartialStore.SubmitBatchPartials + 40;
            PartialTally Partial(int branch, int variant) =>
                new("S-流式", new Ids.BranchId($"B{branch:D5}"), [$"省{branch % 3}", $"市{branch % 5}"], tallies[(branch + variant) % tallies.Count]);
            async IAsyncEnumerable<PartialTally> Stream()
            {
                for (var branch = 0; branch < count; branch++)
                {
                    yield return Partial(branch, 0);
                }

                for (var branch = 0; branch < 25; branch++)
                {
                    yield return Partial(branch, 1);
                }

                await Task.CompletedTask;
            }

            await store.SubmitAsync(Stream());
            var expected = Enumerable.Range(0, count).Select(branch => Partial(branch, branch < 25 ? 1 : 0)).ToList();
            Same(LevelTotals.Of(expected, 1), await store.RollUpAsync("S-流式", 1));
            Same(LevelTotals.Of(expected, 0), await store.RollUpAsync("S-流式", 0));
        }
        finally
        {
            await CleanUpAsync(store);
        }
    }
}
