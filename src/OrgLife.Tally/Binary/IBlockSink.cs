namespace OrgLife.Tally.Formats.Binary;

/// <summary>What one worker of <see cref="BinaryBallotTally"/> does with each sound block; one per worker, not thread safe.</summary>
internal interface IBlockSink
{
    /// <summary>Gets the worker's running file totals.</summary>
    TallyAccumulator Totals { get; }

    /// <summary>Takes one block (a view valid only during the call).</summary>
    void Add(BallotBlock block);
}
