using OrgLife.Tally.Kernels;

namespace OrgLife.Tally.Tests.Kernels;

/// <summary>
/// A mark matrix to count, built from a shape and a seed so FsCheck can shrink the shape while the
/// contents stay reproducible. A share of the codes is out of range (above the level count, or 255), and a share
/// repeats one code so that byte counters fill up (a constant matrix at 100).
/// </summary>
public sealed record KernelMatrixCase(int Columns, int Rows, int LevelCount, int OutOfRangePercent, ulong Seed, int SameCodePercent = 0)
{
    /// <summary>Builds the row-major matrix.</summary>
    public byte[] Marks()
    {
        var marks = new byte[Columns * Rows];
        var state = Seed;
        // Mostly a counted code (blank or a level), since those are the counters that fill up; sometimes any byte.
        var repeated = Seed % 4 == 0 ? (byte)(Seed % 256) : (byte)((Seed >> 8) % (ulong)(LevelCount + 1));
        for (var i = 0; i < marks.Length; i++)
        {
            var draw = SplitMix(ref state);
            marks[i] = (int)((draw >> 40) % 100) < SameCodePercent ? repeated
                : (int)(draw % 100) < OutOfRangePercent
                ? (byte)(LevelCount + 1 + (int)((draw >> 8) % (ulong)(256 - LevelCount - 1)))
                : (byte)((draw >> 8) % (ulong)(LevelCount + 1));
        }

        return marks;
    }

    /// <summary>Counters pre-filled with seeded values, since kernels add to them.</summary>
    public long[] StartingCounts()
    {
        var counts = new long[Columns * (LevelCount + 2)];
        var state = ~Seed;
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = (long)(SplitMix(ref state) % 1000);
        }

        return counts;
    }

    /// <summary>The reference counts of <see cref="ScalarMarkCounter"/>.</summary>
    public long[] ScalarCounts()
    {
        var counts = StartingCounts();
        ScalarMarkCounter.Count(Marks(), Columns, LevelCount, counts);
        return counts;
    }

    /// <summary>Counts with the given kernel.</summary>
    public long[] CountsBy(KernelCount kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var counts = StartingCounts();
        kernel(Marks(), Columns, LevelCount, counts);
        return counts;
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>A counting kernel under test, with <see cref="ScalarMarkCounter.Count"/>'s signature.</summary>
public delegate void KernelCount(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts);
