using FsCheck;
using FsCheck.Fluent;
using OrgLife.Tally.Kernels;

namespace OrgLife.Tally.Tests.Kernels;

/// <summary>
/// Issue 12 (10): the row kernel that screens rows in its own pass equals its plain reference (each row's histogram one
/// lane at a time, the filter, and the scalar kernel on the rows it accepts), at every register width, whatever the
/// rows' width, level count, filtered lanes and codes (blanks, void codes up to 255, codes above the level count).
/// </summary>
public sealed class FilteredRowCounterProperties
{
    private delegate int FilteredCount(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes, int filteredLevels, bool blanks, ref RecordingFilter filter);

    private sealed record Case(int Columns, int Rows, int Levels, int FilteredLevels, ulong Lanes, byte[] Marks, int Modulus, bool Blanks);

    private static Arbitrary<Case> Cases(int width) =>
        (from columns in Gen.Frequency((3, Gen.Choose(1, width)), (2, Gen.Elements(1, 2, (width / 3) + 1, width - 1, width)))
         from rows in Gen.Frequency((3, Gen.Choose(0, 70)), (1, Gen.Choose(120, 700)))
         from levels in Gen.Choose(1, FilteredRowCounter.MaxLevelCount)
         from filteredLevels in Gen.Choose(0, levels)
         from laneBits in Gen.ArrayOf(Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false))), columns)
         from codes in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant((byte)0)), (10, Gen.Choose(1, levels).Select(c => (byte)c)), (1, Gen.Choose(1, 255).Select(c => (byte)c))), columns * rows)
         from modulus in Gen.Elements(1, 2, 3, 7, 1000)
         from blanks in Gen.Elements(true, false)
         select new Case(columns, rows, levels, filteredLevels, Lanes(laneBits), codes, modulus, blanks)).ToArbitrary();

    private static ulong Lanes(bool[] bits)
    {
        var lanes = 0UL;
        for (var i = 0; i < bits.Length; i++)
        {
            lanes |= bits[i] ? 1UL << i : 0;
        }

        return lanes;
    }

    private static bool Agrees(Case c, FilteredCount fast)
    {
        var stride = c.Levels + 2;
        var expected = new long[c.Columns * stride];
        var actual = new long[c.Columns * stride];
        expected[0] = actual[0] = 5; // counters are added to, not overwritten
        var reference = new RecordingFilter(c.Modulus, c.Blanks, []);
        var filter = new RecordingFilter(c.Modulus, c.Blanks, []);
        var expectedRows = FilteredRowCounter.CountScalar(c.Marks, c.Columns, c.Levels, expected, c.Lanes, c.FilteredLevels, c.Blanks, ref reference);
        var actualRows = fast(c.Marks, c.Columns, c.Levels, actual, c.Lanes, c.FilteredLevels, c.Blanks, ref filter);
        return expectedRows == actualRows && expected.SequenceEqual(actual) && reference.Seen.SequenceEqual(filter.Seen);
    }

    private static void HoldsFor(int width, FilteredCount fast)
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(Cases(width), c => Agrees(c, fast)));

    [Fact]
    public void The_128_bit_filtered_row_kernel_counts_exactly_what_its_reference_counts() => HoldsFor(16, FilteredRowCounter.Count128);

    [Fact]
    public void The_256_bit_filtered_row_kernel_counts_exactly_what_its_reference_counts() => HoldsFor(32, FilteredRowCounter.Count256);

    [Fact]
    public void The_512_bit_filtered_row_kernel_counts_exactly_what_its_reference_counts() => HoldsFor(64, FilteredRowCounter.Count512);

    [Fact]
    public void The_filtered_row_kernel_this_machine_uses_counts_exactly_what_its_reference_counts() => HoldsFor(64, FilteredRowCounter.Count);

    [Fact]
    public void A_filter_that_refuses_nothing_counts_what_the_plain_kernel_counts()
    {
        var marks = new byte[] { 0, 1, 2, 3, 4, 5, 255, 1, 1, 2 };
        var plain = new long[5 * 6];
        var filtered = new long[5 * 6];
        var filter = new RecordingFilter(int.MaxValue, true, []);
        ScalarMarkCounter.Count(marks, 5, 4, plain);
        var counted = FilteredRowCounter.Count(marks, 5, 4, filtered, 0b11111, 4, true, ref filter);
        Assert.Equal(2, counted);
        Assert.Equal(plain, filtered);
        Assert.Equal(["r0:1,1,1,1,1,0", "r1:0,2,1,0,0,2"], filter.Seen);
    }

    /// <summary>
    /// Notes every row's histogram and refuses the rows whose histogram's weighted sum is a multiple of <c>Modulus</c>;
    /// without blanks, it reads neither the blank entry nor the last.
    /// </summary>
    private readonly struct RecordingFilter(int modulus, bool blanks, List<string> seen) : IRowFilter
    {
        public List<string> Seen => seen;

        public ulong Refuse(ReadOnlySpan<byte> histograms, int rows, int firstRow)
        {
            var codes = histograms.Length / FilteredRowCounter.ChunkRows;
            var refused = 0UL;
            for (var row = 0; row < rows; row++)
            {
                var entries = new int[codes];
                for (var code = 0; code < codes; code++)
                {
                    entries[code] = blanks || (code > 0 && code < codes - 1) ? histograms[(code * FilteredRowCounter.ChunkRows) + row] : 0;
                }

                seen.Add($"r{firstRow + row}:{string.Join(',', entries)}");
                var weighted = entries.Select((n, code) => n * (code + 1)).Sum();
                refused |= modulus != int.MaxValue && weighted % modulus == 0 ? 1UL << row : 0;
            }

            return refused;
        }
    }
}
