namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// The sink of <see cref="BinaryBallotTally.Count"/>: totals, and each branch's counts when asked for. Without
/// <c>onBranch</c>, one-criterion blocks are counted for the totals alone (the reference: the per-column count a
/// per-branch callback forces; a property binds the two).
/// </summary>
internal sealed class CountingSink(Action<BinaryBranchCounts>? onBranch) : IBlockSink
{
    public TallyAccumulator Totals { get; } = new();

    public void Add(BallotBlock block)
    {
        if (onBranch is null && block.LevelCounts.Length == 1)
        {
            // Totals only, and one criterion: every column counts alike, so the block's codes need no columns.
            Totals.AddTotalsOnly(block.BallotCount, block.LevelCount, block.Marks);
            return;
        }

        var counts = Totals.Add(block.BranchId, block.BallotCount, block.CandidateCount, block.LevelCounts, block.Marks, keep: onBranch is not null);
        if (counts is not null)
        {
            onBranch!(counts);
        }
    }
}
