using System.Collections.Immutable;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Cli.Tally;

/// <summary>
/// Accumulates, branch by branch, the roll-up across a file (<see cref="RollUp"/>: suggested grades, votes,
/// branches over the Excellent cap) and the counts of the input's problems. Branch tallies are rolled up in
/// batches and dropped, so memory stays bounded by the batch and the branches over the cap.
/// </summary>
internal sealed class TallySummary(SuggestionRule rule)
{
    private const int BatchSize = 1024;

    private readonly List<BranchTally> batch = [];
    private RollUp rollUp = OrgLife.Tally.Merging.RollUp.Empty(rule);

    public long Branches { get; private set; }

    public long VoidAssessments { get; private set; }

    public long RejectedBallots { get; private set; }

    public long SkippedRows { get; private set; }

    public long UncountedBranches { get; private set; }

    public void Add(BranchResult result)
    {
        Branches++;
        VoidAssessments += result.Report.IsVoid ? 1 : 0;
        RejectedBallots += result.Report.Rejected;
        batch.Add(new BranchTally(result.Branch, [], result.Tally));
        if (batch.Count == BatchSize)
        {
            Flush();
        }
    }

    public void RowSkipped() => SkippedRows++;

    public void BranchUncounted() => UncountedBranches++;

    /// <summary>The roll-up of every branch added so far.</summary>
    public RollUp ToRollUp()
    {
        Flush();
        return rollUp;
    }

    private void Flush()
    {
        if (batch.Count > 0)
        {
            rollUp = rollUp.Merge(OrgLife.Tally.Merging.RollUp.Build(batch, rule));
            batch.Clear();
        }
    }
}
