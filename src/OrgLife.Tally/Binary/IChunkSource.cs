using System.Collections.Immutable;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>Where the workers of <see cref="BinaryBallotTally"/> take their chunks of whole, header-checked blocks, in turn; thread safe.</summary>
internal interface IChunkSource : IDisposable
{
    /// <summary>Gets the corrupt blocks skipped, listed up to the options' limit.</summary>
    ImmutableArray<SkippedBlock> Skipped { get; }

    /// <summary>Gets every corrupt block skipped.</summary>
    long SkippedCount { get; }

    /// <summary>
    /// Hands back the buffer of the caller's last chunk (null on the first call) and gets the next chunk; false at the
    /// end of the file or once the run has stopped.
    /// </summary>
    /// <exception cref="BallotFormatException">The file is malformed; the run stops.</exception>
    bool TryNext(byte[]? finished, out Chunk chunk);

    /// <summary>Stops the run: every later <see cref="TryNext"/> returns false (a worker failed).</summary>
    void Stop();
}
