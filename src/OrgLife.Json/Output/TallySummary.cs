using OrgLife.Ids;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Json.Output;

/// <summary>
/// Accumulates, branch by branch, the roll-up across an input (<see cref="RollUp"/>: suggested grades, votes,
/// branches over the Excellent cap) and the counts of the input's problems. Branch tallies are rolled up in
/// batches and dropped, so memory stays bounded by the batch and the branches over the cap.
/// Written by <see cref="TallyJson.WriteSummary"/>.
/// </summary>
/// <param name="rule">The suggestion rule of the roll-up.</param>
public sealed class TallySummary(SuggestionRule rule)
{
    private const int BatchSize = 1024;

    private readonly List<BranchTally> batch = [];
    private readonly int maxDegreeOfParallelism = -1;
    private RollUp rollUp = RollUp.Empty(rule);

    /// <summary>A summary whose batches are rolled up on at most <paramref name="maxDegreeOfParallelism"/> cores (1: on the adding thread, for a summary kept per worker and added up with <see cref="Add(TallySummary)"/>).</summary>
    /// <param name="rule">The suggestion rule of the roll-up.</param>
    /// <param name="maxDegreeOfParallelism">The cores a batch's roll-up may use; −1 for as many as the machine offers.</param>
    public TallySummary(SuggestionRule rule, int maxDegreeOfParallelism)
        : this(rule)
    {
        ArgumentOutOfRangeException.ThrowIfZero(maxDegreeOfParallelism);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, -1);
        this.maxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>Branches tallied.</summary>
    public long Branches { get; private set; }

    /// <summary>Branches whose assessment is void (OL401).</summary>
    public long VoidAssessments { get; private set; }

    /// <summary>Ballots rejected across every branch.</summary>
    public long RejectedBallots { get; private set; }

    /// <summary>Input rows skipped as unreadable.</summary>
    public long SkippedRows { get; private set; }

    /// <summary>Branches that could not be counted at all.</summary>
    public long UncountedBranches { get; private set; }

    /// <summary>Adds one branch's tally.</summary>
    /// <param name="branch">The branch.</param>
    /// <param name="tally">Its tally.</param>
    /// <param name="report">Its report.</param>
    public void Add(BranchId branch, AssessmentTally tally, AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(report);
        Branches++;
        VoidAssessments += report.IsVoid ? 1 : 0;
        RejectedBallots += report.Rejected;
        batch.Add(new BranchTally(branch, [], tally));
        if (batch.Count == BatchSize)
        {
            Flush();
        }
    }

    /// <summary>Adds one branch's tally when its report was not kept: void and rejected come from the tally, as the report takes them.</summary>
    /// <param name="branch">The branch.</param>
    /// <param name="tally">Its tally.</param>
    public void Add(BranchId branch, AssessmentTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        Branches++;
        VoidAssessments += tally.IsVoid ? 1 : 0;
        RejectedBallots += tally.Rejected;
        batch.Add(new BranchTally(branch, [], tally));
        if (batch.Count == BatchSize)
        {
            Flush();
        }
    }

    /// <summary>
    /// Adds another summary of other branches made under the same rule (a worker's share, say): the counts are summed and
    /// the roll-ups merged, which gives the same summary as adding its branches here, in any order.
    /// </summary>
    /// <param name="other">The other summary; left as it is.</param>
    /// <exception cref="ArgumentException">The rules differ.</exception>
    public void Add(TallySummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Flush();
        rollUp = rollUp.Merge(other.ToRollUp());
        Branches += other.Branches;
        VoidAssessments += other.VoidAssessments;
        RejectedBallots += other.RejectedBallots;
        SkippedRows += other.SkippedRows;
        UncountedBranches += other.UncountedBranches;
    }

    /// <summary>Counts an input row skipped as unreadable.</summary>
    public void RowSkipped() => SkippedRows++;

    /// <summary>Counts a branch that could not be counted.</summary>
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
            rollUp = rollUp.Merge(RollUp.Build(batch, rule, maxDegreeOfParallelism));
            batch.Clear();
        }
    }
}
