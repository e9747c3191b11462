using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Formats;

namespace OrgLife.Benchmarks;

/// <summary>
/// CSV long-format ingest: 2,000 branches of 22 members, 22 ballots each, one overall grade per member
/// (about 968,000 rows, ~24 MB), read from memory into one ballot box per branch on one core.
/// MB/s = input size / mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class CsvIngestBenchmarks
{
    private const int Branches = 2000;
    private const int Members = 22;
    private static readonly string[] Grades = ["优秀", "合格", "合格", "合格", "基本合格", "不合格", "excellent", "qualified"];
    private readonly AssessmentCandidates candidates = new(Enumerable.Range(1, Members).Select(i => new MemberId($"m{i}")));
    private byte[] input = [];

    /// <summary>Builds the input once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder("branch,ballot,candidate,grade\n");
        var random = new Random(42);
        for (var branch = 0; branch < Branches; branch++)
        {
            for (var ballot = 0; ballot < Members; ballot++)
            {
                for (var member = 1; member <= Members; member++)
                {
                    text.Append("B").Append(branch).Append(',').Append(ballot).Append(",m").Append(member).Append(',').Append(Grades[random.Next(Grades.Length)]).Append('\n');
                }
            }
        }

        input = Encoding.UTF8.GetBytes(text.ToString());
        Console.WriteLine($"// CSV input: {input.Length:N0} bytes");
    }

    /// <summary>The floor: decode the UTF-8 input and count its lines, nothing else.</summary>
    [Benchmark(Baseline = true)]
    public long DecodeAndCountLines()
    {
        using var reader = new StreamReader(new MemoryStream(input, writable: false), Encoding.UTF8);
        var buffer = new char[1 << 16];
        var lines = 0L;
        int read;
        while ((read = reader.Read(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count('\n');
        }

        return lines;
    }

    /// <summary>Reads every branch and tallies it.</summary>
    [Benchmark]
    public long ReadAndTally()
    {
        var reader = new CsvBallotReader(_ => new BallotBox(BallotForms.FourGrades, candidates, Members));
        var accepted = 0L;
        foreach (var branch in reader.Read(new MemoryStream(input, writable: false)))
        {
            accepted += branch.Tally.Accepted;
        }

        return accepted;
    }

    /// <summary>Reads every branch's candidates and ballots only (<see cref="CsvBranchCensus"/>: the reader's general path).</summary>
    [Benchmark]
    public long Census()
    {
        var ballots = 0L;
        foreach (var branch in CsvBranchCensus.Read(new MemoryStream(input, writable: false)))
        {
            ballots += branch.Ballots;
        }

        return ballots;
    }
}
