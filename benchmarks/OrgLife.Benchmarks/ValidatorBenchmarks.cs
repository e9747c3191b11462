using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OrgLife.Records;
using OrgLife.Rules;
using OrgLife.Rules.Policies;

namespace OrgLife.Benchmarks;

/// <summary>
/// Validating one branch record against the whole catalogue: a typical branch (22 members, every part
/// recorded) and a large one (50 members). The target is at least 100,000 typical records per second on
/// one core (≤ 10 µs each), so a national round of 4.6 million records validates in under a minute.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class ValidatorBenchmarks
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private readonly OrgLifeValidator validator = new();
    private BranchRecord typical = null!;
    private BranchRecord large = null!;

    /// <summary>Builds the records once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        typical = SampleBranchRecords.Create(22);
        large = SampleBranchRecords.Create(50);
    }

    /// <summary>A 22-member branch record with every part recorded.</summary>
    [Benchmark(Baseline = true)]
    public ValidationReport Typical22Members() => validator.Validate(typical, PolicyPresets.National, SampleBranchRecords.AsOf, Chinese);

    /// <summary>A 50-member branch record with every part recorded.</summary>
    [Benchmark]
    public ValidationReport Large50Members() => validator.Validate(large, PolicyPresets.National, SampleBranchRecords.AsOf, Chinese);
}
