using System.Buffers;
using System.Collections.Immutable;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// Cuts a binary ballot stream into chunks of whole, header-checked blocks for the workers of <see cref="BinaryBallotTally"/>:
/// the sequential reading, for any stream (and the reference <see cref="PositionalChunkSplitter"/> is checked against).
/// Workers take turns: each asks for the next chunk (handing back the buffer of its last one) under a lock, reads and
/// splits it, then counts it outside the lock; so no thread only reads, and both cores of a two-core machine count.
/// At most <c>workers + 1</c> buffers of <c>2 × ChunkBytes</c> exist (one grows while a block larger than a chunk
/// passes); they come from the shared array pool and go back to it on <see cref="Dispose"/>.
/// </summary>
internal sealed class ChunkSplitter(Stream source, BallotReadOptions options) : IChunkSource
{
    private readonly Lock gate = new();
    private readonly Stack<byte[]> free = new();
    private readonly BlockWalk walk = new(options);
    private byte[]? current;
    private int filled;
    private long bufferOffset = BallotFileLayout.FileHeaderSize;
    private bool done;

    /// <inheritdoc/>
    public ImmutableArray<SkippedBlock> Skipped => walk.Skipped;

    /// <inheritdoc/>
    public long SkippedCount => walk.SkippedCount;

    /// <inheritdoc/>
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

    /// <inheritdoc/>
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
            var position = walk.Walk(current, 0, filled, bufferOffset, out var start, out var pending, out var sound);

            // The blocks found go out as a chunk; the carried tail (an incomplete block) starts the next buffer.
            var tail = filled - position;
            var found = position > start;
            chunk = found ? new Chunk(current, start, position, bufferOffset, sound) : default;
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
                walk.End(filled, bufferOffset);
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
