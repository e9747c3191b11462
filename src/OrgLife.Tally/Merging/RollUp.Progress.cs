using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Merging;

/// <summary>Roll-ups of streams that run for seconds: cancellable, with progress in branches rolled up.</summary>
public sealed partial class RollUp
{
    private const int ProgressEvery = 1024;

    /// <summary>
    /// Rolls up branch tallies as they arrive, for example from <see cref="Formats.CsvBallotReader.ReadAsync"/> over an HTTP
    /// request body: the same roll-up as <see cref="Build"/> of the same branches.
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
