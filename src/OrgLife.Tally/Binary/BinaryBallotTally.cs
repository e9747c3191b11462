using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using OrgLife.Tally.Box;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// Counts a whole binary ballot file with every core: the workers (the calling thread is one) take the next chunk of
/// whole blocks in turn (a file read at positions, each worker its own piece, only the header walk in file order) and
/// count its blocks with the kernel; memory stays bounded by
/// (workers + 1) buffers of <c>2 × ChunkBytes</c> bytes (one grows to <c>ChunkBytes + 32 + MaxBlockBytes</c> at most
/// while a block larger than a chunk passes), whatever the file size. The buffers come from and go back to the shared
/// array pool, so repeated runs allocate nothing large.
/// </summary>
public static class BinaryBallotTally
{
    /// <summary>Counts every block of a file and returns the national totals.</summary>
    /// <param name="source">
    /// A readable stream at the file's start. A seekable <see cref="FileStream"/> is best: it is read at positions, each
    /// worker its own piece, and its position is left after the file header; any other stream is read in order to its end.
    /// </param>
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
    /// converted from their counts (<see cref="BinaryBranchCounts.ToAssessmentTally(BinaryAssessmentMap?)"/>). A block
    /// the map gives no fitting form or candidates for (an unfamiliar level count, say) is skipped and listed in the
    /// totals' skipped blocks by its offset (<see cref="SkippedBlock.OverLimit"/>); the other blocks are counted.
    /// </summary>
    /// <param name="source">A readable stream at the file's start (read as by <see cref="Count"/>).</param>
    /// <param name="rule">The suggestion rule of every branch's suggested grades.</param>
    /// <param name="levelPathOf">A branch's superiors from the top down (e.g. 省 / 市 / 县), from its ID; called concurrently.</param>
    /// <param name="options">Limits, workers and corrupt-block handling; <see cref="BallotReadOptions.Default"/> when null.</param>
    /// <param name="map">Forms, candidates and ballots issued per block; <see cref="BinaryAssessmentMap.Default"/> when null.</param>
    /// <param name="onBranch">Called with each branch's tally and report, concurrently and not in file order; null for the roll-up only.</param>
    /// <returns>The roll-up, the file's totals and the ballots rejected.</returns>
    /// <exception cref="BallotFormatException">The file is malformed.</exception>
    public static BinaryRollUp RollUp(
        Stream source,
        SuggestionRule rule,
        Func<long, ImmutableArray<string>> levelPathOf,
        BallotReadOptions? options = null,
        BinaryAssessmentMap? map = null,
        Action<BinaryBranchReport>? onBranch = null)
        => RollUpWith(source, rule, levelPathOf, options, map, onBranch, countsOnly: true);

    /// <summary>
    /// <see cref="RollUp(Stream, SuggestionRule, Func{long, ImmutableArray{string}}, BallotReadOptions?, BinaryAssessmentMap?, Action{BinaryBranchReport}?)"/>,
    /// with the counts-only path on or off (off: every branch through its assessment tally, the reference the path is checked against).
    /// </summary>
    internal static BinaryRollUp RollUpWith(
        Stream source,
        SuggestionRule rule,
        Func<long, ImmutableArray<string>> levelPathOf,
        BallotReadOptions? options,
        BinaryAssessmentMap? map,
        Action<BinaryBranchReport>? onBranch,
        bool countsOnly)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(levelPathOf);
        map ??= BinaryAssessmentMap.Default;
        var listed = (options ?? BallotReadOptions.Default).MaxSkippedBlocksListed;
        var (sinks, totals) = Run(source, options, () => new RollUpSink(rule, levelPathOf, map, onBranch, listed, countsOnly));
        var builder = new RollUp.RollUpBuilder();
        long rejected = 0;
        foreach (var sink in sinks)
        {
            sink.Finish();
            builder.Add(sink.Branches);
            rejected += sink.RejectedBallots;
        }

        // Blocks no form fits are skipped and listed beside the file's other skipped blocks, in file order.
        totals = totals with
        {
            SkippedBlocks = [.. totals.SkippedBlocks.Concat(sinks.SelectMany(s => s.Unmapped)).OrderBy(b => b.Offset).Take(listed)],
            SkippedBlockCount = totals.SkippedBlockCount + sinks.Sum(s => s.UnmappedCount),
        };
        return new BinaryRollUp(builder.ToRollUp(rule), totals, rejected);
    }

    /// <summary>Runs the workers (this thread is the first) over the file's chunks, one sink each; returns the sinks and the totals.</summary>
    private static (TSink[] Sinks, NationalTally Totals) Run<TSink>(Stream source, BallotReadOptions? options, Func<TSink> newSink)
        where TSink : IBlockSink
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= BallotReadOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.WorkerCount, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ChunkBytes, 4096, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBlockBytes, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxCountersPerBlock, 1, nameof(options));

        Span<byte> fileHeader = stackalloc byte[BallotFileLayout.FileHeaderSize];
        var origin = source is FileStream { CanSeek: true } ? source.Position : -1;
        BallotFileLayout.ValidateFileHeader(fileHeader, StreamReading.ReadFully(source, fileHeader));

        // A file is read at positions, each worker its own piece; any other stream in order, under the lock.
        using IChunkSource splitter = origin >= 0 && source is FileStream file
            ? new PositionalChunkSplitter(file.SafeFileHandle, origin, options)
            : new ChunkSplitter(source, options);
        var sinks = new TSink[options.WorkerCount];
        var others = Enumerable.Range(1, options.WorkerCount - 1)
            .Select(worker => Task.Factory.StartNew(() => sinks[worker] = Work(splitter, options, newSink), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        ExceptionDispatchInfo? failure = null;
        try
        {
            sinks[0] = Work(splitter, options, newSink);
        }
        catch (Exception exception)
        {
            failure = ExceptionDispatchInfo.Capture(exception);
        }

        // Wait for every worker before the buffers go back to the pool; the first failure is the one reported.
        foreach (var other in others)
        {
            try
            {
                other.Wait();
            }
            catch (AggregateException exception) when (exception.InnerExceptions.Count > 0)
            {
                failure ??= ExceptionDispatchInfo.Capture(exception.InnerExceptions[0]);
            }
        }

        failure?.Throw();
        var total = sinks[0].Totals;
        foreach (var sink in sinks.Skip(1))
        {
            total.Merge(sink.Totals);
        }

        return (sinks, total.ToNational(splitter.Skipped, splitter.SkippedCount));
    }

    /// <summary>One worker: takes chunks in turn and hands each sound block to its own sink.</summary>
    private static TSink Work<TSink>(IChunkSource splitter, BallotReadOptions options, Func<TSink> newSink)
        where TSink : IBlockSink
    {
        try
        {
            var sink = newSink(); // on the worker's own thread, so two workers' counters never share a cache line
            byte[]? finished = null;
            while (splitter.TryNext(finished, out var chunk))
            {
                finished = chunk.Buffer;
                var position = chunk.Start;
                while (chunk.Sound && position < chunk.End)
                {
                    // No block skipped in the chunk: every header was checked by the walk.
                    var header = BallotBlockHeader.ReadSound(chunk.Buffer.AsSpan(position));
                    sink.Add(new BallotBlock(chunk.FileOffset + position, header, chunk.Buffer.AsSpan(position + BallotFileLayout.BlockHeaderSize, (int)header.PayloadLength)));
                    position += (int)header.BlockLength;
                }

                while (position < chunk.End)
                {
                    var offset = chunk.FileOffset + position;
                    var header = BallotBlockHeader.ReadChecked(chunk.Buffer.AsSpan(position), offset, options.MaxBlockBytes, out var problem);
                    if (position + header.BlockLength > chunk.End)
                    {
                        break; // a skipped block that runs past this chunk
                    }

                    var payload = chunk.Buffer.AsSpan(position + BallotFileLayout.BlockHeaderSize, (int)header.PayloadLength);
                    if (problem is null && header.LevelProblem(payload[..header.CriteriaPerCandidate], offset, options.MaxCountersPerBlock) is null)
                    {
                        sink.Add(new BallotBlock(offset, header, payload));
                    }

                    // The splitter already reported blocks with problems; here they are only stepped over.
                    position += (int)header.BlockLength;
                }
            }

            return sink;
        }
        catch
        {
            splitter.Stop();
            throw;
        }
    }
}
