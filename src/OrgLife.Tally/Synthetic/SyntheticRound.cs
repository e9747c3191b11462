using System.Collections.Immutable;
using OrgLife.Tally.Formats.Binary;

namespace OrgLife.Tally.Synthetic;

/// <summary>Streams a synthetic round: to a binary ballot file, or straight into the kernel over every core.</summary>
internal static class SyntheticRound
{
    private const int BranchesPerGrab = 1024;

    /// <summary>Writes every branch of the round as one block, in order; memory stays one branch.</summary>
    /// <param name="generator">The round.</param>
    /// <param name="destination">A writable stream; left open.</param>
    /// <returns>The number of marks written.</returns>
    public static long WriteTo(SyntheticBallotGenerator generator, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(destination);
        var buffers = new BranchBuffers(generator.Options.CriteriaPerCandidate);
        long marks = 0;
        using var writer = new BallotFileWriter(destination, leaveOpen: true);
        for (long index = 0; index < generator.Options.BranchCount; index++)
        {
            var shape = generator.ShapeOf(index);
            var matrix = buffers.Fill(generator, shape);
            writer.WriteBlock(shape.BranchId, shape.CandidateCount, generator.LevelCounts.AsSpan(), shape.BallotCount, buffers.SerialsOf(generator, shape), matrix);
            marks += matrix.Length;
        }

        return marks;
    }

    /// <summary>Generates and counts every branch without a file, <paramref name="workerCount"/> threads over ranges of branches.</summary>
    /// <param name="generator">The round.</param>
    /// <param name="workerCount">Threads, at least 1.</param>
    /// <param name="onBranch">Called with each branch's counts, concurrently and out of order; null for totals only.</param>
    /// <returns>The national totals.</returns>
    public static NationalTally Count(SyntheticBallotGenerator generator, int workerCount, Action<BinaryBranchCounts>? onBranch = null)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentOutOfRangeException.ThrowIfLessThan(workerCount, 1);
        long next = 0;
        var accumulators = new TallyAccumulator[workerCount];
        Parallel.For(0, workerCount, new ParallelOptions { MaxDegreeOfParallelism = workerCount }, worker =>
        {
            var buffers = new BranchBuffers(generator.Options.CriteriaPerCandidate);
            var accumulator = accumulators[worker] = new TallyAccumulator(); // on the worker's thread: no shared cache line
            long first;
            while ((first = Interlocked.Add(ref next, BranchesPerGrab) - BranchesPerGrab) < generator.Options.BranchCount)
            {
                var end = Math.Min(first + BranchesPerGrab, generator.Options.BranchCount);
                for (var index = first; index < end; index++)
                {
                    var shape = generator.ShapeOf(index);
                    var matrix = buffers.Fill(generator, shape);
                    var tally = accumulator.Add(shape.BranchId, shape.BallotCount, shape.CandidateCount, generator.LevelCounts.AsSpan(), matrix, keep: onBranch is not null);
                    if (tally is not null)
                    {
                        onBranch!(tally);
                    }
                }
            }
        });

        for (var i = 1; i < accumulators.Length; i++)
        {
            accumulators[0].Merge(accumulators[i]);
        }

        return accumulators[0].ToNational([], 0);
    }

    /// <summary>One thread's reused buffers, sized for the largest branch (50 members).</summary>
    private sealed class BranchBuffers(int criteria)
    {
        private readonly byte[] marks = new byte[50 * 50 * criteria];
        private readonly ulong[] serials = new ulong[50];

        public ReadOnlySpan<byte> Fill(SyntheticBallotGenerator generator, SyntheticBranchShape shape)
        {
            var matrix = marks.AsSpan(0, shape.MarkCount);
            generator.FillMarks(shape, matrix);
            return matrix;
        }

        public ReadOnlySpan<ulong> SerialsOf(SyntheticBallotGenerator generator, SyntheticBranchShape shape)
        {
            if (!generator.Options.IncludeSerials)
            {
                return [];
            }

            var ballots = serials.AsSpan(0, shape.BallotCount);
            SyntheticBallotGenerator.FillSerials(shape, ballots);
            return ballots;
        }
    }
}
