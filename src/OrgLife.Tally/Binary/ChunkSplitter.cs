using System.Buffers;
using System.Collections.Immutable;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// Cuts a binary ballot file into chunks of whole, header-checked blocks for the workers of <see cref="BinaryBallotTally"/>.
/// Workers take turns: each asks for the next chunk (handing back the buffer of its last one) under a lock, reads and
/// splits it, then counts it outside the lock; so no thread only reads, and both cores of a two-core machine count.
/// At most <c>workers + 1</c> buffers of <c>2 × ChunkBytes</c> exist (one grows while a block larger than a chunk
/// passes); they come from the shared array pool and go back to it on <see cref="Dispose"/>.
/// </summary>
internal sealed class ChunkSplitter(Stream source, BallotReadOptions options) : IDisposable
{
    private readonly Lock gate = new();
    private readonly Stack<byte[]> free = new();
    private readonly ImmutableArray<SkippedBlock>.Builder skipped = ImmutableArray.CreateBuilder<SkippedBlock>();
    private byte[]? current;
    private int filled;
    private long bufferOffset = BallotFileLayout.FileHeaderSize;
    private long discard;
    private bool done;

    /// <summary>Gets the corrupt blocks skipped, listed up to the options' limit.</summary>
    public ImmutableArray<SkippedBlock> Skipped => skipped.ToImmutable();

    /// <summary>Gets every corrupt block skipped.</summary>
    public long SkippedCount { get; private set; }

    /// <summary>
    /// Hands back the buffer of the caller's last chunk (null on the first call) and gets the next chunk; false at the
    /// end of the file or once the run has stopped.
    /// </summary>
    /// <exception cref="BallotFormatException">The file is malformed; the run stops.</exception>
    public bool TryNext(byte[]? finished, out Chunk chunk)
    {
        lock (gate)
        {
            if (finished is not null)
            {
                free.Push(finished);
            }

            chunk = default;
            if (done)
            {
                return false;
            }

            try
            {
                return Split(out chunk);
            }
            catch
            {
                done = true;
                throw;
            }
        }
    }

    /// <summary>Stops the run: every later <see cref="TryNext"/> returns false (a worker failed).</summary>
    public void Stop()
    {
        lock (gate)
        {
            done = true;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (gate)
        {
            done = true;
            if (current is not null)
            {
                free.Push(current);
                current = null;
            }

            while (free.TryPop(out var buffer))
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private bool Split(out Chunk chunk)
    {
        current ??= Rent();
        while (true)
        {
            var want = Math.Min(current.Length - filled, options.ChunkBytes);
            var got = StreamReading.ReadFully(source, current.AsSpan(filled, want));
            var endOfFile = got < want;
            filled += got;
            var position = (int)Math.Min(discard, filled);
            discard -= position;
            var start = position;
            long pending = 0;
            while (discard == 0 && position + BallotFileLayout.BlockHeaderSize <= filled)
            {
                var offset = bufferOffset + position;
                var header = BallotBlockHeader.Read(current.AsSpan(position), offset, options.MaxBlockBytes, out var problem);
                if (problem is null)
                {
                    if (position + header.BlockLength > filled)
                    {
                        pending = header.BlockLength;
                        break;
                    }

                    problem = header.LevelProblem(current.AsSpan(position + BallotFileLayout.BlockHeaderSize, header.CriteriaPerCandidate), offset, options.MaxCountersPerBlock);
                }

                if (problem is not null)
                {
                    if (!options.SkipCorruptBlocks && !problem.OverLimit)
                    {
                        throw new BallotFormatException(problem.Text, problem.Offset, problem.Field);
                    }

                    SkippedCount++;
                    if (skipped.Count < options.MaxSkippedBlocksListed)
                    {
                        skipped.Add(problem);
                    }

                    discard = Math.Max(0, position + header.BlockLength - filled);
                    position = (int)Math.Min(position + header.BlockLength, filled);
                    continue;
                }

                position += (int)header.BlockLength;
            }

            // The blocks found go out as a chunk; the carried tail (an incomplete block) starts the next buffer.
            var tail = filled - position;
            var found = position > start;
            chunk = found ? new Chunk(current, start, position, bufferOffset) : default;
            var next = found ? Rent() : current;
            current.AsSpan(position, tail).CopyTo(next);
            current = next;
            if (pending + options.ChunkBytes > current.Length)
            {
                // A block larger than a chunk buffer: this one buffer grows to hold it and one chunk more.
                var larger = ArrayPool<byte>.Shared.Rent((int)pending + options.ChunkBytes);
                current.AsSpan(0, tail).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(current);
                current = larger;
            }

            bufferOffset += position;
            filled = tail;
            if (endOfFile)
            {
                if (filled > 0 || discard > 0)
                {
                    throw new BallotFormatException(new TallyMessage("Binary.Truncated", ("filled", filled)), bufferOffset, filled < BallotFileLayout.BlockHeaderSize ? "block header" : "payload");
                }

                done = true;
            }

            if (found || done)
            {
                return found;
            }
        }
    }

    private byte[] Rent() => free.TryPop(out var buffer) ? buffer : ArrayPool<byte>.Shared.Rent(2 * options.ChunkBytes);
}
