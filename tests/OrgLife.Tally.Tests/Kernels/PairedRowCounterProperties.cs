using FsCheck;
using FsCheck.Fluent;
using OrgLife.Tally.Kernels;

namespace OrgLife.Tally.Tests.Kernels;

/// <summary>
/// Issue 12 (10): the lean row kernel, which counts each row's filtered lanes holding two codes in its own pass, equals
/// its plain reference (the two counts one lane at a time, the filter, and the scalar kernel on the rows it accepts), at
/// every register width, whatever the rows' width, level count, filtered lanes, codes (blanks, void codes up to 255) and
/// the filter's choice of codes.
/// </summary>
public sealed class PairedRowCounterProperties
{
    private delegate int PairedCount(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes, ref RecordingFilter filter);

    private sealed record Case(int Columns, int Rows, int Levels, ulong Lanes, byte[] Marks, int Modulus, int Pick);

    private static Arbitrary<Case> Cases(int width) =>
        (from columns in Gen.Frequency((3, Gen.Choose(1, width)), (2, Gen.Elements(1, 2, (width / 3) + 1, width - 1, width)))
         from rows in Gen.Frequency((3, Gen.Choose(0, 70)), (1, Gen.Choose(120, 700)))
         from levels in Gen.Choose(1, FilteredRowCounter.MaxLevelCount)
         from laneBits in Gen.ArrayOf(Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false))), columns)
         from codes in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant((byte)0)), (10, Gen.Choose(1, levels).Select(c => (byte)c)), (1, Gen.Choose(1, 255).Select(c => (byte)c))), columns * rows)
         from modulus in Gen.Elements(1, 2, 3, 7, 1000)
         from pick in Gen.Choose(0, 100)
         select new Case(columns, rows, levels, Lanes(laneBits), codes, modulus, pick)).ToArbitrary();

    private static ulong Lanes(bool[] bits)
    {
        var lanes = 0UL;
        for (var i = 0; i < bits.Length; i++)
        {
            lanes |= bits[i] ? 1UL << i : 0;
        }

        return lanes;
    }

    private static bool Agrees(Case c, PairedCount fast)
    {
        var stride = c.Levels + 2;
        var expected = new long[c.Columns * stride];
        var actual = new long[c.Columns * stride];
        expected[0] = actual[0] = 5; // counters are added to, not overwritten
        var reference = new RecordingFilter(c.Modulus, c.Pick, c.Levels, []);
        var filter = new RecordingFilter(c.Modulus, c.Pick, c.Levels, []);
        var expectedRows = PairedRowCounter.CountScalar(c.Marks, c.Columns, c.Levels, expected, c.Lanes, ref reference);
        var actualRows = fast(c.Marks, c.Columns, c.Levels, actual, c.Lanes, ref filter);
        return expectedRows == actualRows && expected.SequenceEqual(actual) && reference.Seen.SequenceEqual(filter.Seen);
    }

    private static void HoldsFor(int width, PairedCount fast)
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(Cases(width), c => Agrees(c, fast)));

    [Fact]
    public void The_128_bit_lean_row_kernel_counts_exactly_what_its_reference_counts() => HoldsFor(16, PairedRowCounter.Count128);

    [Fact]
    public void The_256_bit_lean_row_kernel_counts_exactly_what_its_reference_counts() => HoldsFor(32, PairedRowCounter.Count256);

    [Fact]
    public void The_512_bit_lean_row_kernel_counts_exactly_what_its_reference_counts() => HoldsFor(64, PairedRowCounter.Count512);

    [Fact]
    public void The_lean_row_kernel_this_machine_uses_counts_exactly_what_its_reference_counts() => HoldsFor(64, PairedRowCounter.Count);

    [Fact]
    public void A_filter_that_refuses_nothing_counts_what_the_plain_kernel_counts()
    {
        var marks = new byte[] { 0, 1, 2, 3, 4, 5, 255, 1, 1, 2 };
        var plain = new long[5 * 6];
        var paired = new long[5 * 6];
        var filter = new RecordingFilter(int.MaxValue, 0, 4, []);
        ScalarMarkCounter.Count(marks, 5, 4, plain);
        var counted = PairedRowCounter.Count(marks, 5, 4, paired, 0b11111, ref filter);
        Assert.Equal(2, counted);
        Assert.Equal(plain, paired);
        Assert.Equal(["codes 1,1", "r0:1,1 of 1,1", "r1:2,2 of 1,1"], filter.Seen);
    }

    /// <summary>
    /// Chooses its codes from the first row and <c>pick</c>, notes the codes and every row's two counts, and refuses the
    /// rows whose counts and first code sum to a multiple of <c>Modulus</c>.
    /// </summary>
    private readonly struct RecordingFilter(int modulus, int pick, int levels, List<string> seen) : IPairRowFilter
    {
        public List<string> Seen => seen;

        public (byte First, byte Second) Codes(ReadOnlySpan<byte> rows)
        {
            var first = (byte)(((rows[0] + pick) % levels) + 1);
            var second = (byte)(((pick / 7) % levels) + 1);
            seen.Add($"codes {first},{second}");
            return (first, second);
        }

        public ulong Refuse(ReadOnlySpan<byte> firstCounts, ReadOnlySpan<byte> secondCounts, byte first, byte second, ReadOnlySpan<byte> rows, int rowCount, int firstRow)
        {
            var width = rows.Length / rowCount;
            var refused = 0UL;
            for (var row = 0; row < rowCount; row++)
            {
                seen.Add($"r{firstRow + row}:{firstCounts[row]},{secondCounts[row]} of {first},{second}");
                var sum = firstCounts[row] + (2 * secondCounts[row]) + rows[row * width];
                refused |= modulus != int.MaxValue && sum % modulus == 0 ? 1UL << row : 0;
            }

            return refused;
        }
    }
}
