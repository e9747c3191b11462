using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace OrgLife.Tally.Kernels;

/// <summary>
/// The row kernel with a lean per-row filter in the same pass, for rules that read at most two codes per row (a
/// per-ballot cap on one level, identical marks; see <see cref="IPairRowFilter"/>), rows of at most one register and at
/// most four levels. Each row is loaded once: two compares give the lanes holding the filter's two codes, whose
/// population counts over the filtered lanes the filter reads, and the packed kernel's lookups count the row into the
/// column counters. Every row is counted; after each chunk of <see cref="FilteredRowCounter.ChunkRows"/> rows the filter
/// decides on the whole chunk, and the few rows it refuses are taken back out of the 64-bit counters, so the row loop
/// has no branch on the data. Results equal <see cref="CountScalar"/>'s (a property binds them at every width).
/// </summary>
internal static class PairedRowCounter
{
    /// <summary>True when <see cref="Count"/> takes a matrix of this shape on this machine's vectors (else the caller counts another way).</summary>
    internal static bool Takes(int columnCount, int levelCount) => FilteredRowCounter.Takes(columnCount, levelCount);

    /// <summary>
    /// Counts the rows of a dense matrix that <paramref name="filter"/> accepts into per-column counters (the contract of
    /// <see cref="ScalarMarkCounter.Count"/>) and returns how many it counted. The filter chooses its two codes once,
    /// before the first row, and is asked once per chunk, in order.
    /// </summary>
    /// <param name="marks">Ballots × columns, row-major.</param>
    /// <param name="columnCount">Columns per ballot; at least 1.</param>
    /// <param name="levelCount">Levels of the widest column, 1…<see cref="FilteredRowCounter.MaxLevelCount"/> on the vector paths.</param>
    /// <param name="counts"><c>columnCount × (levelCount + 2)</c> counters, added to: blank, levels, void.</param>
    /// <param name="lanes">The filtered columns: bit <c>i</c> for column <c>i</c>, all below <paramref name="columnCount"/>.</param>
    /// <param name="filter">The filter.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together, or the filter names a code outside 1…<paramref name="levelCount"/>.</exception>
    internal static int Count<TFilter>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes, ref TFilter filter)
        where TFilter : struct, IPairRowFilter
    {
        Validate(marks, columnCount, levelCount, counts, lanes);
        if (!Takes(columnCount, levelCount))
        {
            return CountScalar(marks, columnCount, levelCount, counts, lanes, ref filter);
        }

        return Vector512.IsHardwareAccelerated ? CountVector<ByteLanes512, Vector512<byte>, TFilter>(marks, columnCount, levelCount, counts, lanes, ref filter)
            : Vector256.IsHardwareAccelerated ? CountVector<ByteLanes256, Vector256<byte>, TFilter>(marks, columnCount, levelCount, counts, lanes, ref filter)
            : CountVector<ByteLanes128, Vector128<byte>, TFilter>(marks, columnCount, levelCount, counts, lanes, ref filter);
    }

    /// <summary><see cref="Count"/> with 128-bit registers (in software where the hardware lacks them); rows of at most 16 columns.</summary>
    internal static int Count128<TFilter>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes, ref TFilter filter)
        where TFilter : struct, IPairRowFilter
        => CountValidated<ByteLanes128, Vector128<byte>, TFilter>(marks, columnCount, levelCount, counts, lanes, ref filter);

    /// <summary><see cref="Count"/> with 256-bit registers (in software where the hardware lacks them); rows of at most 32 columns.</summary>
    internal static int Count256<TFilter>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes, ref TFilter filter)
        where TFilter : struct, IPairRowFilter
        => CountValidated<ByteLanes256, Vector256<byte>, TFilter>(marks, columnCount, levelCount, counts, lanes, ref filter);

    /// <summary><see cref="Count"/> with 512-bit registers (in software where the hardware lacks them); rows of at most 64 columns.</summary>
    internal static int Count512<TFilter>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes, ref TFilter filter)
        where TFilter : struct, IPairRowFilter
        => CountValidated<ByteLanes512, Vector512<byte>, TFilter>(marks, columnCount, levelCount, counts, lanes, ref filter);

    /// <summary>
    /// The plain reference: the same passes and chunks, each row's two counts one lane at a time, the filter, and
    /// <see cref="ScalarMarkCounter"/> on the rows it accepts. Takes any shape <see cref="ScalarMarkCounter"/> takes.
    /// </summary>
    internal static int CountScalar<TFilter>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes, ref TFilter filter)
        where TFilter : struct, IPairRowFilter
    {
        Validate(marks, columnCount, levelCount, counts, lanes);
        const int chunkRows = FilteredRowCounter.ChunkRows;
        Span<byte> firstCounts = stackalloc byte[chunkRows];
        Span<byte> secondCounts = stackalloc byte[chunkRows];
        var rows = marks.Length / columnCount;
        var counted = 0;
        var (first, second) = rows == 0 ? ((byte)1, (byte)1) : Codes(ref filter, marks, levelCount);
        for (var start = 0; start < rows; start += chunkRows)
        {
            var chunk = Math.Min(chunkRows, rows - start);
            for (var row = 0; row < chunk; row++)
            {
                var codes = marks.Slice((start + row) * columnCount, columnCount);
                int atFirst = 0, atSecond = 0;
                for (var column = 0; column < columnCount; column++)
                {
                    if (((lanes >> column) & 1) != 0)
                    {
                        atFirst += codes[column] == first ? 1 : 0;
                        atSecond += codes[column] == second ? 1 : 0;
                    }
                }

                firstCounts[row] = (byte)atFirst;
                secondCounts[row] = (byte)atSecond;
            }

            var refused = filter.Refuse(firstCounts, secondCounts, first, second, marks.Slice(start * columnCount, chunk * columnCount), chunk, start) & ChunkMask(chunk);
            for (var row = 0; row < chunk; row++)
            {
                if (((refused >> row) & 1) == 0)
                {
                    ScalarMarkCounter.Count(marks.Slice((start + row) * columnCount, columnCount), columnCount, levelCount, counts);
                    counted++;
                }
            }
        }

        return counted;
    }

    private static ulong ChunkMask(int rows) => rows == FilteredRowCounter.ChunkRows ? ulong.MaxValue : (1UL << rows) - 1;

    private static (byte First, byte Second) Codes<TFilter>(ref TFilter filter, ReadOnlySpan<byte> nextRows, int levelCount)
        where TFilter : struct, IPairRowFilter
    {
        var (first, second) = filter.Codes(nextRows);
        if (first < 1 || first > levelCount || second < 1 || second > levelCount)
        {
            throw new ArgumentException($"The filter named codes {first} and {second}, outside the levels 1…{levelCount}.", nameof(filter));
        }

        return (first, second);
    }

    private static void Validate(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes)
    {
        MarkMatrixShape.Validate(marks.Length, columnCount, levelCount, counts.Length);
        if (columnCount < 64 && lanes >> columnCount != 0)
        {
            throw new ArgumentException($"The filtered lanes name columns past the row's {columnCount}.", nameof(lanes));
        }
    }

    private static int CountValidated<TLanes, TVector, TFilter>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes, ref TFilter filter)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : unmanaged
        where TFilter : struct, IPairRowFilter
    {
        Validate(marks, columnCount, levelCount, counts, lanes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(levelCount, FilteredRowCounter.MaxLevelCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(columnCount, TLanes.Width);
        return CountVector<TLanes, TVector, TFilter>(marks, columnCount, levelCount, counts, lanes, ref filter);
    }

    /// <summary>
    /// The one pass: per chunk, every row counted with its two counts, then the filter, then the refused rows taken back
    /// out of the 64-bit counters. The byte counters go to 16-bit counters after each pass of rows (a few vector additions)
    /// and those to the 64-bit counters only every <see cref="WideRows"/> rows and at the end.
    /// </summary>
    private static int CountVector<TLanes, TVector, TFilter>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes, ref TFilter filter)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : unmanaged
        where TFilter : struct, IPairRowFilter
    {
        unchecked
        {
            const int chunkRows = FilteredRowCounter.ChunkRows;
            const int codes = FilteredRowCounter.MaxLevelCount + 1;
            var width = TLanes.Width;
            var rows = marks.Length / columnCount;

            // Rows whose full register load would run past the matrix are loaded from a copy of the matrix's end; lanes
            // past the row hold the next row's codes, which neither the counts (lanes) nor the widening reads.
            var directRows = RowMarkCounter.DirectRows(marks.Length, width, columnCount);
            var tailStart = directRows * columnCount;
            Span<byte> tail = stackalloc byte[2 * width];
            marks[tailStart..].CopyTo(tail);
            ref var origin = ref MemoryMarshal.GetReference(marks);
            ref var tailOrigin = ref MemoryMarshal.GetReference(tail);

            Span<byte> pairCounts = stackalloc byte[2 * chunkRows];
            Span<byte> accumulators = stackalloc byte[codes * width];
            Span<ushort> wide = stackalloc ushort[codes * width];
            accumulators.Clear();
            wide.Clear();
            var wideRows = 0;
            var counted = 0;
            var (first, second) = rows == 0 ? ((byte)1, (byte)1) : Codes(ref filter, marks, levelCount);
            for (var start = 0; start < rows; start += chunkRows)
            {
                if (start % FilteredRowCounter.RowsPerPass == 0)
                {
                    if (start > 0)
                    {
                        AddBytes(accumulators, wide, columnCount);
                        accumulators.Clear();
                    }

                    if (wideRows > WideRows - FilteredRowCounter.RowsPerPass)
                    {
                        Widen(wide, width, columnCount, levelCount + 1, wideRows, counts);
                        wide.Clear();
                        wideRows = 0;
                    }

                }

                var chunk = new FilteredRowCounter.Chunk(start, Math.Min(chunkRows, rows - start), directRows, tailStart, columnCount);
                CountWithPairs<TLanes, TVector>(ref origin, ref tailOrigin, chunk, lanes, first, second, pairCounts, accumulators);
                var refused = filter.Refuse(pairCounts[..chunkRows], pairCounts[chunkRows..], first, second, marks.Slice(start * columnCount, chunk.Rows * columnCount), chunk.Rows, start)
                    & ChunkMask(chunk.Rows);
                for (var left = refused; left != 0; left &= left - 1)
                {
                    FilteredRowCounter.Uncount(marks.Slice((start + BitOperations.TrailingZeroCount(left)) * columnCount, columnCount), levelCount, counts);
                }

                wideRows += chunk.Rows;
                counted += chunk.Rows - BitOperations.PopCount(refused);
            }

            AddBytes(accumulators, wide, columnCount);
            Widen(wide, width, columnCount, levelCount + 1, wideRows, counts);
            return counted;
        }
    }

    /// <summary>Rows the 16-bit counters hold at most before they go to the 64-bit counters (a counter gains at most one per row).</summary>
    private const int WideRows = ushort.MaxValue;

    /// <summary>Adds the byte counters (code-major, <c>width</c> per code) to the 16-bit counters of the same layout, over the first <paramref name="columnCount"/> lanes of each code.</summary>
    private static void AddBytes(ReadOnlySpan<byte> accumulators, Span<ushort> wide, int columnCount)
    {
        var width = accumulators.Length / (FilteredRowCounter.MaxLevelCount + 1);
        for (var code = 0; code <= FilteredRowCounter.MaxLevelCount; code++)
        {
            for (var at = code * width; at < (code * width) + columnCount; at += Vector128<byte>.Count)
            {
                var (low, high) = Vector128.Widen(Vector128.Create(accumulators.Slice(at, Vector128<byte>.Count)));
                (Vector128.Create(wide.Slice(at, Vector128<ushort>.Count)) + low).CopyTo(wide[at..]);
                (Vector128.Create(wide.Slice(at + Vector128<ushort>.Count, Vector128<ushort>.Count)) + high).CopyTo(wide[(at + Vector128<ushort>.Count)..]);
            }
        }
    }

    /// <summary>Adds the 16-bit counters (code-major) to the 64-bit counters; void is the rows minus the rest.</summary>
    private static void Widen(ReadOnlySpan<ushort> wide, int width, int columnCount, int codes, int rows, Span<long> counts)
    {
        var stride = codes + 1;
        for (var column = 0; column < columnCount; column++)
        {
            var slots = counts.Slice(column * stride, stride);
            var marked = 0;
            for (var code = 0; code < codes; code++)
            {
                int count = wide[(code * width) + column];
                slots[code] += count;
                marked += count;
            }

            slots[codes] += rows - marked;
        }
    }

    /// <summary>
    /// Counts every row of the chunk into the byte counters (codes 0…4, one register each, code-major) and writes, per
    /// row, how many of <paramref name="lanes"/> hold <paramref name="first"/> and <paramref name="second"/> (one compare
    /// each, its lane mask, a population count). The counting is the packed kernel's: one lookup counts two codes in
    /// nibbles, split into the byte counters every <see cref="FilteredRowCounter.NibbleRows"/> rows.
    /// </summary>
    private static void CountWithPairs<TLanes, TVector>(ref byte origin, ref byte tailOrigin, FilteredRowCounter.Chunk chunk, ulong lanes, byte first, byte second, Span<byte> pairCounts, Span<byte> accumulators)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : unmanaged
    {
        unchecked
        {
            var width = TLanes.Width;
            ref var counters = ref MemoryMarshal.GetReference(accumulators);
            ref var h = ref MemoryMarshal.GetReference(pairCounts);
            var cFirst = TLanes.Broadcast(Vector128.Create(first));
            var cSecond = TLanes.Broadcast(Vector128.Create(second));
            var pastCodes = TLanes.Broadcast(Vector128.Create((byte)15));
            var pair01 = TLanes.Broadcast(FilteredRowCounter.Pair01);
            var pair23 = TLanes.Broadcast(FilteredRowCounter.Pair23);
            var one4 = TLanes.Broadcast(RowMarkCounter.OneAt[4]);
            var b0 = TLanes.Load(ref counters);
            var b1 = TLanes.Load(ref Unsafe.Add(ref counters, width));
            var b2 = TLanes.Load(ref Unsafe.Add(ref counters, 2 * width));
            var b3 = TLanes.Load(ref Unsafe.Add(ref counters, 3 * width));
            var b4 = TLanes.Load(ref Unsafe.Add(ref counters, 4 * width));
            for (var run = 0; run < chunk.Rows; run += FilteredRowCounter.NibbleRows)
            {
                var end = Math.Min(run + FilteredRowCounter.NibbleRows, chunk.Rows);
                TVector n01 = default, n23 = default;
                for (var r = run; r < end; r++)
                {
                    var x = FilteredRowCounter.Row<TLanes, TVector>(ref origin, ref tailOrigin, chunk, r);
                    Unsafe.Add(ref h, r) = (byte)BitOperations.PopCount(TLanes.TopBits(TLanes.Equal(x, cFirst)) & lanes);
                    Unsafe.Add(ref h, FilteredRowCounter.ChunkRows + r) = (byte)BitOperations.PopCount(TLanes.TopBits(TLanes.Equal(x, cSecond)) & lanes);
                    x = TLanes.Min(x, pastCodes);
                    n01 = TLanes.Add(n01, TLanes.Lookup16(pair01, x));
                    n23 = TLanes.Add(n23, TLanes.Lookup16(pair23, x));
                    b4 = TLanes.Add(b4, TLanes.Lookup16(one4, x));
                }

                b0 = TLanes.Add(b0, TLanes.LowNibbles(n01));
                b1 = TLanes.Add(b1, TLanes.HighNibbles(n01));
                b2 = TLanes.Add(b2, TLanes.LowNibbles(n23));
                b3 = TLanes.Add(b3, TLanes.HighNibbles(n23));
            }

            TLanes.Store(b0, ref counters);
            TLanes.Store(b1, ref Unsafe.Add(ref counters, width));
            TLanes.Store(b2, ref Unsafe.Add(ref counters, 2 * width));
            TLanes.Store(b3, ref Unsafe.Add(ref counters, 3 * width));
            TLanes.Store(b4, ref Unsafe.Add(ref counters, 4 * width));
        }
    }
}
