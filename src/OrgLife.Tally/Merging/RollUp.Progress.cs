using OrgLife.Tally.Formats;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Merging;

/// <summary>Roll-ups that run for seconds: cancellable, with progress in branches rolled up.</summary>
public sealed partial class RollUp
{
    private const int ProgressEvery = 1024;

    /// <summary>
    /// <see cref="Build(IEnumerable{BranchTally}, SuggestionRule, int)"/>, cancellable and reporting progress: the same
    /// roll-up, built in parallel.
    /// </summary>
    /// <param name="branches">The branch tallies; each branch once.</param>
    /// <param name="rule">The suggestion rule.</param>
    /// <param name="progress">Told the branches rolled up (every 1,024 and at the end), from any thread, one report at a time, never going backwards; or null.</param>
    /// <param name="cancellationToken">Stops the roll-up with <see cref="OperationCanceledException"/>.</param>
    /// <param name="maxDegreeOfParallelism">Workers to use; −1 (default) for as many as the machine offers.</param>
    /// <returns>The roll-up.</returns>
    public static RollUp Build(IEnumerable<BranchTally> branches, SuggestionRule rule, IProgress<TallyProgress>? progress, CancellationToken cancellationToken, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(branches);
        ArgumentNullException.ThrowIfNull(rule);
        var counter = new ProgressCounter(progress);
        var shares = new System.Collections.Concurrent.ConcurrentBag<RollUpBuilder>();
        Parallel.ForEach(
            branches,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken },
            () => (Builder: new RollUpBuilder(), Count: 0),
            (branch, _, share) =>
            {
                share.Builder.Add(branch, rule);
                if (++share.Count == ProgressEvery)
                {
                    counter.AddBranches(share.Count);
                    share.Count = 0;
                }

                return share;
            },
            share =>
            {
                shares.Add(share.Builder);
                counter.AddBranches(share.Count);
            });
        // The closing report, also when there were no branches (no worker started).
        counter.AddBranches(0);
        var total = new RollUpBuilder();
        foreach (var share in shares)
        {
            total.Add(share);
        }

        return total.ToRollUp(rule);
    }

    /// <summary>
    /// Rolls up branch tallies as they arrive, for example from <see cref="CsvBallotReader.ReadAsync"/> over an HTTP
    /// request body: the same roll-up as <see cref="Build(IEnumerable{BranchTally}, SuggestionRule, int)"/> of the same branches.
    /// </summary>
    /// <param name="branches">The branch tallies; each branch once.</param>
    /// <param name="rule">The suggestion rule.</param>
    /// <param name="progress">Told the branches rolled up (every 1,024 and at the end), never going backwards; or null.</param>
    /// <param name="cancellationToken">Stops the roll-up with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The roll-up.</returns>
    public static async Task<RollUp> BuildAsync(IAsyncEnumerable<BranchTally> branches, SuggestionRule rule, IProgress<TallyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(branches);
        ArgumentNullException.ThrowIfNull(rule);
        var builder = new RollUpBuilder();
        long count = 0;
        await foreach (var branch in branches.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            builder.Add(branch, rule);
            if (++count % ProgressEvery == 0)
            {
                progress?.Report(new TallyProgress(0, count));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new TallyProgress(0, count));
        return builder.ToRollUp(rule);
    }
}
