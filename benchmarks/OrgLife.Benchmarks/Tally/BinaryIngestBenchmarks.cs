using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Kernels;
using OrgLife.Tally.Reports;
using OrgLife.Tally.Synthetic;

namespace OrgLife.Benchmarks.Tally;

/// <summary>
/// Issue 4 (7c): end-to-end ingest of a binary ballot file already in the page cache (200,000 single-grade branches,
/// about 96 million marks) and its tally: the block-by-block reader on one core, the parallel tally on one and two workers,
/// and the parallel roll-up into the tally model.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class BinaryIngestBenchmarks
{
    private const int Branches = 200_000;
    private static readonly string[] Provinces = ["北京市", "天津市", "河北省", "山西省"];
    private readonly string path = Path.Combine(Path.GetTempPath(), $"orglife-ingest-{Environment.ProcessId}.bin");

    /// <summary>Writes the file once; reading it once puts it in the page cache.</summary>
    [GlobalSetup]
    public void Setup()
    {
        using (var file = File.Create(path))
        {
            var marks = SyntheticRound.WriteTo(new SyntheticBallotGenerator(new SyntheticRoundOptions(99, Branches)), file);
            Console.WriteLine($"// Binary ingest: {Branches} branches, {marks} marks, {file.Length} bytes");
        }

        Parallel();
    }

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    /// <summary>The streaming reader, one block at a time, counted on the same thread.</summary>
    [Benchmark(Baseline = true, Description = "Reader + kernel, 1 core")]
    public long Sequential()
    {
        using var reader = new BallotFileReader(Open(bufferSize: 1 << 20)); // the reader makes two reads per block: buffer them
        var counts = new long[50 * 6];
        long marks = 0;
        while (reader.MoveNext())
        {
            var block = reader.Current;
            var branch = counts.AsSpan(0, block.ColumnCount * (block.LevelCount + 2));
            branch.Clear();
            MarkCounter.Count(block.Marks, block.ColumnCount, block.LevelCount, branch);
            marks += block.Marks.Length;
        }

        return marks;
    }

    /// <summary>The parallel tally with one worker (plus its reader thread).</summary>
    [Benchmark(Description = "BinaryBallotTally, 1 worker")]
    public long OneWorker() => Count(1);

    /// <summary>The parallel tally with two workers (both cores).</summary>
    [Benchmark(Description = "BinaryBallotTally, 2 workers")]
    public long Parallel() => Count(2);

    /// <summary>The parallel roll-up (every block an assessment tally with suggested grades, summarized per level) on two workers.</summary>
    [Benchmark(Description = "BinaryBallotTally.RollUp, 2 workers")]
    public long RollUp()
    {
        using var file = Open();
        return BinaryBallotTally.RollUp(file, SuggestionRule.Default, branch => [Provinces[branch % Provinces.Length]], new BallotReadOptions { WorkerCount = 2 })
            .RollUp.Total.GradedMembers;
    }

    private long Count(int workers)
    {
        using var file = Open();
        return BinaryBallotTally.Count(file, new BallotReadOptions { WorkerCount = workers }).MarkCount;
    }

    private FileStream Open(int bufferSize = 0) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize, FileOptions.SequentialScan);
}
