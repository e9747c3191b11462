namespace OrgLife.Tally.Formats.Binary;

/// <summary>How binary ballot files are read and counted. Immutable.</summary>
public sealed record BallotReadOptions
{
    /// <summary>Gets the defaults: 16 MiB blocks at most, stop at the first corrupt block, every core.</summary>
    public static BallotReadOptions Default { get; } = new();

    /// <summary>Gets the largest payload a block may have; also bounds the reader's buffer. Default 16 MiB.</summary>
    public int MaxBlockBytes { get; init; } = 16 << 20;

    /// <summary>
    /// Gets a value indicating whether a block whose header check holds but whose counts are impossible is skipped and
    /// reported (true) or stops the read with a <see cref="BallotFormatException"/> (false, the default). A block whose
    /// marker or header check is wrong always stops the read: its length cannot be trusted.
    /// </summary>
    public bool SkipCorruptBlocks { get; init; }

    /// <summary>Gets the number of counting threads of <see cref="BinaryBallotTally"/>. Default: the processor count.</summary>
    public int WorkerCount { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets the bytes read at a time by <see cref="BinaryBallotTally"/> and handed to a worker. Default 1 MiB.</summary>
    public int ChunkBytes { get; init; } = 1 << 20;

    /// <summary>Gets the most skipped blocks listed one by one; beyond it they are only counted. Default 1,000.</summary>
    public int MaxSkippedBlocksListed { get; init; } = 1_000;

    /// <summary>
    /// The most counters one block may need — candidates × criteria × (widest level count + 2), 8 bytes each — so that
    /// a small block claiming a huge matrix cannot make the reader allocate without bound (default 4,194,304: 32 MiB).
    /// A block over it is skipped and listed (<see cref="SkippedBlock.OverLimit"/>) whatever
    /// <see cref="SkipCorruptBlocks"/> says; the other blocks are counted.
    /// </summary>
    public long MaxCountersPerBlock { get; init; } = 1 << 22;
}
