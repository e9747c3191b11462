namespace OrgLife.Tally.Formats.Binary;

/// <summary>The sink of <see cref="BinaryBallotTally.Count"/>: totals, and each branch's counts when asked for.</summary>
internal sealed class CountingSink(Action<BinaryBranchCounts>? onBranch) : IBlockSink
{
    public TallyAccumulator Totals { get; } = new();

    public void Add(BallotBlock block)
    {
        var counts = Totals.Add(block.BranchId, block.BallotCount, block.CandidateCount, block.LevelCounts, block.Marks, keep: onBranch is not null);
        if (counts is not null)
        {
            onBranch!(counts);
        }
    }
}
