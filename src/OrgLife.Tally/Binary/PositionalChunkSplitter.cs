using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using Microsoft.Win32.SafeHandles;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// Cuts a binary ballot file into chunks of whole, header-checked blocks for the workers of <see cref="BinaryBallotTally"/>,
/// reading at positions: each worker claims the next piece of <c>ChunkBytes</c> bytes and reads it into its own buffer
/// outside any lock, beside the other workers' reads and counts; only the header walk (<see cref="BlockWalk"/>) runs
/// one piece at a time, in file order, so the blocks found, the blocks skipped and the first error are those of the
/// sequential reading (<see cref="ChunkSplitter"/>, which a property binds it to). A block cut by a piece's end is
/// carried (copied) to the front of the next piece, in the buffer's first <c>ChunkBytes</c> bytes kept free for it;
/// a longer one gathers in the carry buffer, which grows to hold it (at most <c>MaxBlockBytes + 32 + ChunkBytes</c>).
/// At most <c>workers + 1</c> buffers of <c>2 × ChunkBytes</c> exist besides; they come from the shared array pool and
/// go back to it on <see cref="Dispose"/>.
/// </summary>
internal sealed class PositionalChunkSplitter : IChunkSource
{
    // Monitor, not Lock: a worker whose piece was read waits (Monitor.Wait) for the walk of the piece before it.
    private readonly object gate = new();
    private readonly Stack<byte[]> free = new();
    private readonly SafeFileHandle file;
    private readonly long origin;
    private readonly BallotReadOptions options;
    private readonly BlockWalk walk;
    private byte[] carry;
    private int carried;
    private long carryOffset = BallotFileLayout.FileHeaderSize;
    private long nextRead = BallotFileLayout.FileHeaderSize;
    private long tickets;
    private long turn;
    private bool done;

    /// <summary>Initializes a splitter over a file whose bytes from <paramref name="origin"/> on are the ballot file (its header read).</summary>
    /// <param name="file">A seekable file opened for reading.</param>
    /// <param name="origin">Where the ballot file starts in <paramref name="file"/>; offsets reported are from here.</param>
    /// <param name="options">Limits, chunk size and corrupt-block handling.</param>
    public PositionalChunkSplitter(SafeFileHandle file, long origin, BallotReadOptions options)
    {
        this.file = file;
        this.origin = origin;
        this.options = options;
        walk = new BlockWalk(options);
        carry = ArrayPool<byte>.Shared.Rent(2 * options.ChunkBytes);
    }

    /// <inheritdoc/>
    public ImmutableArray<SkippedBlock> Skipped => walk.Skipped;

    /// <inheritdoc/>
    public long SkippedCount => walk.SkippedCount;

    /// <inheritdoc/>
    public bool TryNext(byte[]? finished, out Chunk chunk)
    {
        var buffer = finished;
        while (true)
        {
            long ticket, at;
            lock (gate)
            {
                if (done)
                {
                    Keep(buffer);
                    chunk = default;
                    return false;
                }

                ticket = tickets++;
                at = nextRead;
                nextRead += options.ChunkBytes;
                buffer ??= Rent();
            }

            // The copy from the page cache, outside the lock; a failed read is reported in its turn, as reading in order would.
            var got = 0;
            ExceptionDispatchInfo? failure = null;
            try
            {
                got = StreamReading.ReadFullyAt(file, buffer.AsSpan(options.ChunkBytes, options.ChunkBytes), origin + at);
            }
            catch (Exception exception)
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }

            lock (gate)
            {
                while (turn != ticket && !done)
                {
                    Monitor.Wait(gate);
                }

                if (done)
                {
                    Keep(buffer);
                    chunk = default;
                    return false;
                }

                try
                {
                    failure?.Throw();
                    if (WalkPiece(ref buffer, got, out chunk))
                    {
                        return true;
                    }

                    if (done)
                    {
                        Keep(buffer);
                        return false;
                    }
                }
                catch
                {
                    done = true;
                    throw;
                }
                finally
                {
                    turn++;
                    Monitor.PulseAll(gate);
                }
            }
        }
    }

    /// <inheritdoc/>
    public void Stop()
    {
        lock (gate)
        {
            done = true;
            Monitor.PulseAll(gate);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (gate)
        {
            done = true;
            Monitor.PulseAll(gate);
            while (free.TryPop(out var buffer))
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            ArrayPool<byte>.Shared.Return(carry);
            carry = [];
        }
    }

    /// <summary>Walks the piece just read (at <c>buffer[ChunkBytes..]</c>) after the bytes carried from the piece before; true when whole blocks were found.</summary>
    private bool WalkPiece(ref byte[] buffer, int got, out Chunk chunk)
    {
        var headroom = options.ChunkBytes;
        int begin;
        if (carried <= headroom)
        {
            begin = headroom - carried;
            carry.AsSpan(0, carried).CopyTo(buffer.AsSpan(begin));
        }
        else
        {
            // A block longer than the headroom is gathering: the piece joins it in the carry buffer, which becomes this
            // worker's buffer (and the worker's buffer the carry buffer).
            carry = Grown(carry, carried, carried + got);
            buffer.AsSpan(headroom, got).CopyTo(carry.AsSpan(carried));
            (buffer, carry) = (carry, buffer);
            begin = 0;
        }

        var filled = begin + carried + got;
        var bufferOffset = carryOffset - begin;
        var position = walk.Walk(buffer, begin, filled, bufferOffset, out var start, out _, out var sound);
        var found = position > start;
        chunk = found ? new Chunk(buffer, start, position, bufferOffset, sound) : default;
        var tail = filled - position;
        if (!found && position == 0)
        {
            // Nothing whole yet and nothing stepped over: the buffer becomes the carry buffer as it is.
            (buffer, carry) = (carry, buffer);
        }
        else
        {
            carry = Grown(carry, 0, tail);
            buffer.AsSpan(position, tail).CopyTo(carry);
        }

        carried = tail;
        carryOffset = bufferOffset + position;
        if (got < options.ChunkBytes)
        {
            walk.End(carried, carryOffset);
            done = true;
        }

        return found;
    }

    /// <summary>Returns <paramref name="buffer"/> if it holds <paramref name="size"/> bytes, else a larger one with its first <paramref name="keep"/> bytes.</summary>
    private byte[] Grown(byte[] buffer, int keep, int size)
    {
        if (buffer.Length >= size)
        {
            return buffer;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(size, 2 * options.ChunkBytes));
        buffer.AsSpan(0, keep).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private void Keep(byte[]? buffer)
    {
        if (buffer is not null)
        {
            free.Push(buffer);
        }
    }

    private byte[] Rent() => free.TryPop(out var buffer) ? buffer : ArrayPool<byte>.Shared.Rent(2 * options.ChunkBytes);
}
