using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using OrgLife.Tally.Box;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// Counts a whole binary ballot file with every core: one reader cuts the file into chunks of whole blocks (validating
/// every header), workers count the chunks' blocks with the kernel; memory stays bounded by (workers + 2) buffers of
/// <c>2 × ChunkBytes</c> bytes (one grows to <c>ChunkBytes + 32 + MaxBlockBytes</c> at most while a block larger than a
/// chunk passes), whatever the file size. The buffers come from and go back to the shared array pool, so repeated runs
/// allocate nothing large.
/// </summary>
public static class BinaryBallotTally
{
    /// <summary>Counts every block of a file and returns the national totals.</summary>
    /// <param name="source">A readable stream at the file's start (a <see cref="FileStream"/> opened for sequential reading is best).</param>
    /// <param name="options">Limits, workers and corrupt-block handling; <see cref="BallotReadOptions.Default"/> when null.</param>
    /// <param name="onBranch">
    /// Called with each branch's counts, concurrently from the worker threads and not in file order; must be thread safe.
    /// Null to compute the totals only (no per-branch allocation).
    /// </param>
    /// <returns>The totals, with the skipped blocks when skipping is on.</returns>
    /// <exception cref="BallotFormatException">The file is malformed (a bad header, a truncated block, or a corrupt block with skipping off).</exception>
    public static NationalTally Count(Stream source, BallotReadOptions? options = null, Action<BinaryBranchCounts>? onBranch = null)
        => Run(source, options, () => new CountingSink(onBranch)).Totals;

    /// <summary>
    /// 汇总 — reads a whole file with every core and rolls its branches up under <paramref name="rule"/>, as
    /// <see cref="Merging.RollUp.Build"/> would from every branch's <see cref="AssessmentTally"/>, with memory bounded
    /// whatever the file size (one roll-up accumulator per worker, no per-branch state kept). Each block becomes an
    /// assessment through <paramref name="map"/>: blocks with serials go through a <see cref="BallotBox"/>
    /// (<see cref="BallotBox.AddCodedBlock"/>), so a repeated serial is rejected (OL402); blocks without serials are
    /// converted from their counts (<see cref="BinaryBranchCounts.ToAssessmentTally(BinaryAssessmentMap?)"/>).
    /// </summary>
    /// <param name="source">A readable stream at the file's start.</param>
    /// <param name="rule">The suggestion rule of every branch's suggested grades.</param>
    /// <param name="levelPathOf">A branch's superiors from the top down (e.g. 省 / 市 / 县), from its ID; called concurrently.</param>
    /// <param name="options">Limits, workers and corrupt-block handling; <see cref="BallotReadOptions.Default"/> when null.</param>
    /// <param name="map">Forms, candidates and ballots issued per block; <see cref="BinaryAssessmentMap.Default"/> when null.</param>
    /// <param name="onBranch">Called with each branch's tally and report, concurrently and not in file order; null for the roll-up only.</param>
    /// <returns>The roll-up, the file's totals and the ballots rejected.</returns>
    /// <exception cref="BallotFormatException">The file is malformed.</exception>
    /// <exception cref="ArgumentException">The map's form or candidates do not fit a block.</exception>
    public static BinaryRollUp RollUp(
        Stream source,
        SuggestionRule rule,
        Func<long, ImmutableArray<string>> levelPathOf,
        BallotReadOptions? options = null,
        BinaryAssessmentMap? map = null,
        Action<BinaryBranchReport>? onBranch = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(levelPathOf);
        map ??= BinaryAssessmentMap.Default;
        var (sinks, totals) = Run(source, options, () => new RollUpSink(rule, levelPathOf, map, onBranch));
        var builder = new RollUp.RollUpBuilder();
        long rejected = 0;
        foreach (var sink in sinks)
        {
            builder.Add(sink.Branches);
            rejected += sink.RejectedBallots;
        }

        return new BinaryRollUp(builder.ToRollUp(rule), totals, rejected);
    }

    /// <summary>Splits the file on this thread and feeds its blocks to one sink per worker; returns the sinks and the totals.</summary>
    private static (TSink[] Sinks, NationalTally Totals) Run<TSink>(Stream source, BallotReadOptions? options, Func<TSink> newSink)
        where TSink : IBlockSink
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= BallotReadOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.WorkerCount, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ChunkBytes, 4096, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBlockBytes, 1, nameof(options));

        Span<byte> fileHeader = stackalloc byte[BallotFileLayout.FileHeaderSize];
        BallotFileLayout.ValidateFileHeader(fileHeader, StreamReading.ReadFully(source, fileHeader));

        var workers = options.WorkerCount;
        using var pool = new BufferPool(workers + 2, 2 * options.ChunkBytes);
        using var cancel = new CancellationTokenSource();
        using var chunks = new BlockingCollection<Chunk>(workers);
        var tasks = Enumerable.Range(0, workers)
            .Select(_ => Task.Factory.StartNew(() => Work(chunks, pool, options.MaxBlockBytes, newSink, cancel), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();

        var skipped = ImmutableArray.CreateBuilder<SkippedBlock>();
        long skippedCount = 0;
        ExceptionDispatchInfo? splitFailure = null;
        try
        {
            Split(source, options, pool, chunks, cancel.Token, problem =>
            {
                skippedCount++;
                if (skipped.Count < options.MaxSkippedBlocksListed)
                {
                    skipped.Add(problem);
                }
            });
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // A worker failed; its exception is rethrown below.
        }
        catch (Exception failure)
        {
            // A malformed file: stop the workers and wait for them, so no buffer is in use when the pool is released.
            splitFailure = ExceptionDispatchInfo.Capture(failure);
            cancel.Cancel();
        }
        finally
        {
            chunks.CompleteAdding();
        }

        try
        {
            Task.WaitAll(tasks);
        }
        catch (AggregateException failure) when (splitFailure is null && failure.InnerExceptions.Count > 0)
        {
            throw failure.InnerExceptions[0];
        }
        catch (AggregateException) when (splitFailure is not null)
        {
            // The split's own failure is the one to report.
        }

        splitFailure?.Throw();

        var sinks = tasks.Select(task => task.Result).ToArray();
        var total = sinks[0].Totals;
        foreach (var sink in sinks.Skip(1))
        {
            total.Merge(sink.Totals);
        }

        return (sinks, total.ToNational(skipped.ToImmutable(), skippedCount));
    }

    /// <summary>Reads the file into chunks of whole, header-checked blocks and queues them for the workers.</summary>
    private static void Split(Stream source, BallotReadOptions options, BufferPool pool, BlockingCollection<Chunk> chunks, CancellationToken cancel, Action<SkippedBlock> skip)
    {
        var current = pool.Rent(cancel);
        var filled = 0;
        long pending = 0;
        long bufferOffset = BallotFileLayout.FileHeaderSize;
        long discard = 0;
        while (true)
        {
            // Read one chunk more after the carried tail: small chunks keep both workers busy to the end of the file.
            var want = Math.Min(current.Length - filled, options.ChunkBytes);
            var got = StreamReading.ReadFully(source, current.AsSpan(filled, want));
            var endOfFile = got < want;
            filled += got;
            var position = (int)Math.Min(discard, filled);
            discard -= position;
            var start = position;
            pending = 0;
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

                    problem = header.LevelProblem(current.AsSpan(position + BallotFileLayout.BlockHeaderSize, header.CriteriaPerCandidate), offset);
                }

                if (problem is not null)
                {
                    if (!options.SkipCorruptBlocks)
                    {
                        throw new BallotFormatException(problem.Reason, problem.Offset, problem.Field);
                    }

                    skip(problem);
                    discard = Math.Max(0, position + header.BlockLength - filled);
                    position = (int)Math.Min(position + header.BlockLength, filled);
                    continue;
                }

                position += (int)header.BlockLength;
            }

            var tail = filled - position;
            if (position > start)
            {
                var next = pool.Rent(cancel);
                current.AsSpan(position, tail).CopyTo(next);
                chunks.Add(new Chunk(current, start, position, bufferOffset), cancel);
                current = next;
            }
            else
            {
                current.AsSpan(position, tail).CopyTo(current);
            }

            // A block larger than a chunk buffer: this one buffer grows to hold it and one chunk more.
            if (pending + options.ChunkBytes > current.Length)
            {
                current = pool.Grow(current, tail, (int)pending + options.ChunkBytes);
            }

            bufferOffset += position;
            filled = tail;
            if (endOfFile)
            {
                if (filled > 0 || discard > 0)
                {
                    throw new BallotFormatException($"Truncated block: the file ends {filled} bytes into it.", bufferOffset, filled < BallotFileLayout.BlockHeaderSize ? "block header" : "payload");
                }

                pool.Return(current);
                return;
            }
        }
    }

    private static TSink Work<TSink>(BlockingCollection<Chunk> chunks, BufferPool pool, int maxBlockBytes, Func<TSink> newSink, CancellationTokenSource cancel)
        where TSink : IBlockSink
    {
        var sink = newSink(); // on the worker's own thread, so two workers' counters never share a cache line
        try
        {
            foreach (var chunk in chunks.GetConsumingEnumerable(cancel.Token))
            {
                var position = chunk.Start;
                while (position < chunk.End)
                {
                    var offset = chunk.FileOffset + position;
                    var header = BallotBlockHeader.Read(chunk.Buffer.AsSpan(position), offset, maxBlockBytes, out var problem);
                    if (position + header.BlockLength > chunk.End)
                    {
                        break; // a skipped block that runs past this chunk
                    }

                    var payload = chunk.Buffer.AsSpan(position + BallotFileLayout.BlockHeaderSize, (int)header.PayloadLength);
                    if (problem is null && header.LevelProblem(payload[..header.CriteriaPerCandidate], offset) is null)
                    {
                        sink.Add(new BallotBlock(offset, header, payload));
                    }

                    // The splitter already reported blocks with problems; here they are only stepped over.
                    position += (int)header.BlockLength;
                }

                pool.Return(chunk.Buffer);
            }

            return sink;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Another thread failed and is reporting it.
            return sink;
        }
        catch
        {
            cancel.Cancel();
            throw;
        }
    }

    private readonly record struct Chunk(byte[] Buffer, int Start, int End, long FileOffset);

    /// <summary>
    /// At most <c>capacity</c> chunk buffers are out at once (renting waits for a returned one). They come from the shared
    /// array pool and go back to it when the run ends, so repeated runs allocate nothing large.
    /// </summary>
    private sealed class BufferPool(int capacity, int bufferBytes) : IDisposable
    {
        private readonly BlockingCollection<byte[]> free = new(capacity);
        private int created;

        public byte[] Rent(CancellationToken cancel)
        {
            if (free.TryTake(out var buffer))
            {
                return buffer;
            }

            return Interlocked.Increment(ref created) <= capacity
                ? ArrayPool<byte>.Shared.Rent(bufferBytes)
                : free.Take(cancel);
        }

        /// <summary>Swaps a buffer for one of at least <paramref name="bytes"/>, keeping its first <paramref name="keep"/> bytes.</summary>
        public byte[] Grow(byte[] buffer, int keep, int bytes)
        {
            var larger = ArrayPool<byte>.Shared.Rent(bytes);
            buffer.AsSpan(0, keep).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            return larger;
        }

        public void Return(byte[] buffer) => free.Add(buffer);

        /// <summary>Gives the buffers back to the shared pool (those lost to a failed worker are left to the collector).</summary>
        public void Dispose()
        {
            while (free.TryTake(out var buffer))
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            free.Dispose();
        }
    }
}
