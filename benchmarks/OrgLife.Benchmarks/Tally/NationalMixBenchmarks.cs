using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OrgLife.Tally.Kernels;
using OrgLife.Tally.Synthetic;

namespace OrgLife.Benchmarks.Tally;

/// <summary>
/// Issue 4 (7b) and issue 6 (5): the realistic national mix, 100,000 synthetic branches (a representative subset of the
/// 4.614 million; extrapolated in docs/performance.md), each counted as its own small matrix, for the single-grade form
/// (1 column per candidate) and the six-criterion form (6 columns per candidate). Times are per invocation; the setup prints the marks per invocation.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class NationalMixBenchmarks
{
    private const int Branches = 100_000;
    private byte[] marks = [];
    private (int Offset, int Ballots, int Columns)[] branches = [];
    private long[] counts = [];

    /// <summary>Gets or sets the columns per candidate: 1 (single grade) or 6 (five criteria and the overall grade).</summary>
    [Params(1, 6)]
    public int Criteria { get; set; }

    /// <summary>Generates the subset once, contiguous in memory.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var generator = new SyntheticBallotGenerator(new SyntheticRoundOptions(77, Branches, Criteria));
        var shapes = generator.Shapes().ToArray();
        marks = new byte[shapes.Sum(s => (long)s.MarkCount)];
        branches = new (int, int, int)[shapes.Length];
        var offset = 0;
        for (var i = 0; i < shapes.Length; i++)
        {
            generator.FillMarks(shapes[i], marks.AsSpan(offset, shapes[i].MarkCount));
            branches[i] = (offset, shapes[i].BallotCount, shapes[i].ColumnCount);
            offset += shapes[i].MarkCount;
        }

        counts = new long[50 * 6 * 6];
        Console.WriteLine($"// National mix, {Criteria} criteria: {Branches} branches, {marks.Length} marks per invocation");
    }

    /// <summary>Every branch with the scalar reference kernel.</summary>
    [Benchmark(Baseline = true, Description = "Scalar, per branch")]
    public long Scalar() => CountAll(scalar: true);

    /// <summary>Every branch with the kernel the tally uses.</summary>
    [Benchmark(Description = "MarkCounter, per branch")]
    public long Kernel() => CountAll(scalar: false);

    private long CountAll(bool scalar)
    {
        long sum = 0;
        foreach (var (offset, ballots, columns) in branches)
        {
            var branchCounts = counts.AsSpan(0, columns * 6);
            branchCounts.Clear();
            var matrix = marks.AsSpan(offset, ballots * columns);
            if (scalar)
            {
                ScalarMarkCounter.Count(matrix, columns, 4, branchCounts);
            }
            else
            {
                MarkCounter.Count(matrix, columns, 4, branchCounts);
            }

            sum += branchCounts[1];
        }

        return sum;
    }
}
