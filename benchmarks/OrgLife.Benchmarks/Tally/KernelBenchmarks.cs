using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OrgLife.Tally.Kernels;

namespace OrgLife.Benchmarks.Tally;

/// <summary>
/// Issue 4 (7a): the kernel on a dense 1,000 ballots × 100,000 columns matrix (4 levels, 100 MB), against a naive LINQ
/// GroupBy tally, the plain scalar loop (the baseline of the ratios) and the read-bandwidth reference. Times are per mark.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class KernelBenchmarks
{
    private const int Ballots = 1_000;
    private const int Columns = 100_000;
    private const int Levels = 4;
    private const int LinqBallots = 10;
    private const int Marks = Ballots * Columns;
    private byte[] marks = [];
    private long[] counts = [];

    /// <summary>Builds the matrix once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        marks = DenseMatrix.Create(Ballots, Columns, seed: 2024);
        counts = new long[Columns * (Levels + 2)];
    }

    /// <summary>
    /// What a first version written with LINQ does: group every mark by (column, slot) and count the groups. It takes
    /// minutes on the whole matrix, so it runs on its first 10 ballots (1 million marks, the same 600,000 groups) and
    /// every benchmark here reports time per mark (OperationsPerInvoke), which keeps the ratios honest.
    /// </summary>
    [Benchmark(Description = "LINQ GroupBy", OperationsPerInvoke = LinqBallots * Columns)]
    public int LinqGroupBy()
        => marks.Take(LinqBallots * Columns)
            .Select((code, index) => (Column: index % Columns, Slot: code <= Levels ? code : Levels + 1))
            .GroupBy(mark => mark)
            .ToDictionary(group => group.Key, group => group.LongCount())
            .Count;

    /// <summary>The reference kernel: one byte at a time.</summary>
    [Benchmark(Baseline = true, Description = "Scalar loop", OperationsPerInvoke = Marks)]
    public long Scalar()
    {
        Array.Clear(counts);
        ScalarMarkCounter.Count(marks, Columns, Levels, counts);
        return counts[0];
    }

    /// <summary>The kernel as the tally calls it (the widest accelerated path).</summary>
    [Benchmark(Description = "MarkCounter (dispatch)", OperationsPerInvoke = Marks)]
    public long Kernel()
    {
        Array.Clear(counts);
        MarkCounter.Count(marks, Columns, Levels, counts);
        return counts[0];
    }

    /// <summary>The 256-bit path forced, for comparison with the 512-bit one.</summary>
    [Benchmark(Description = "Vector256 path", OperationsPerInvoke = Marks)]
    public long Kernel256()
    {
        Array.Clear(counts);
        VectorMarkCounter.Count256(marks, Columns, Levels, counts);
        return counts[0];
    }

    /// <summary>The physical limit: read every byte once with the widest registers and add them up (wrapping), nothing else.</summary>
    [Benchmark(Description = "Read bandwidth (SIMD sum)", OperationsPerInvoke = Marks)]
    public ulong ReadBandwidth() => ReadBandwidthReference.Sum(marks);
}

/// <summary>Reads a buffer as fast as the core can: four independent 64-byte accumulators.</summary>
internal static class ReadBandwidthReference
{
    /// <summary>Returns a wrapping byte sum of the buffer, so nothing can be optimized away.</summary>
    public static ulong Sum(ReadOnlySpan<byte> bytes)
    {
        var vectors = MemoryMarshal.Cast<byte, Vector512<byte>>(bytes);
        Vector512<byte> a = default, b = default, c = default, d = default;
        var i = 0;
        for (; i + 4 <= vectors.Length; i += 4)
        {
            a += vectors[i];
            b += vectors[i + 1];
            c += vectors[i + 2];
            d += vectors[i + 3];
        }

        for (; i < vectors.Length; i++)
        {
            a += vectors[i];
        }

        var sum = (a + b + c + d).AsUInt64();
        ulong total = 0;
        for (var lane = 0; lane < Vector512<ulong>.Count; lane++)
        {
            total += sum[lane];
        }

        foreach (var rest in bytes[(vectors.Length * Vector512<byte>.Count)..])
        {
            total += rest;
        }

        return total;
    }
}
