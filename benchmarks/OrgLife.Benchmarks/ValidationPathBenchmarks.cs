using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NodaTime;
using OrgLife.Json;
using OrgLife.Json.Output;
using OrgLife.Records;
using OrgLife.Rules;
using OrgLife.Rules.Policies;

namespace OrgLife.Benchmarks;

/// <summary>
/// The per-record steps of <c>orglife validate FILE.jsonl</c> on the demo's 23-member record (one 33 KB line), each on
/// one core: the reader (UTF-8 bytes to the record), the validator core, the JSON report writer, and the three
/// together. benchmarks/validate-jsonl.sh times the whole process on a file of such lines.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class ValidationPathBenchmarks
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly LocalDate AsOf = new(2027, 1, 10);
    private readonly OrgLifeValidator validator = new();
    private byte[] line = [];
    private BranchRecord record = null!;
    private ValidationReport report = null!;

    /// <summary>Reads and validates the record once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        line = DemoRecord.Line();
        record = RecordReader.Read(line).Record ?? throw new InvalidOperationException("The demo record does not read.");
        report = validator.Validate(record, PolicyPresets.National, AsOf, English);
    }

    /// <summary>The reader: the line's UTF-8 bytes to the branch record.</summary>
    [Benchmark]
    public BranchRecord? Read() => RecordReader.Read(line).Record;

    /// <summary>The validator core on the record read (a 23-member record with 7 findings).</summary>
    [Benchmark(Baseline = true)]
    public ValidationReport Validate() => validator.Validate(record, PolicyPresets.National, AsOf, English);

    /// <summary>The documented JSON report of the record, one line.</summary>
    [Benchmark]
    public string WriteJson() => ReportJson.Serialize(report, "demo.jsonl", 1);

    /// <summary>Read, validate and write, as one worker of the pipeline does per line.</summary>
    [Benchmark]
    public string ReadValidateWrite()
    {
        var read = RecordReader.Read(line).Record!;
        return ReportJson.Serialize(validator.Validate(read, PolicyPresets.National, AsOf, English), "demo.jsonl", 1);
    }
}
