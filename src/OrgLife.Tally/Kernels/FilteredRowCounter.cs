using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace OrgLife.Tally.Kernels;

/// <summary>
/// The row kernel with a per-row filter in the same pass (ballot-level validity rules), for rows of at most one register
/// and at most four levels. Each row is loaded once: a compare per code gives the lanes holding it, whose population
/// count over the filtered lanes is the row's histogram entry, and the packed kernel's lookups count the row into the
/// column counters (two codes per lookup, in nibbles). After each chunk of <see cref="ChunkRows"/> rows the filter
/// decides on the whole chunk from its histograms, and the few rows it refuses are taken back out of the 64-bit
/// counters. No call inside the row loop, so the counters stay in registers. Results equal <see cref="CountScalar"/>'s
/// (a property binds them at every width).
/// </summary>
internal static class FilteredRowCounter
{
    /// <summary>The largest level count taken: blank and four levels, their counters in registers.</summary>
    internal const int MaxLevelCount = 4;

    /// <summary>Rows counted in nibbles before they go to the byte counters (a nibble holds 15).</summary>
    internal const int NibbleRows = 15;

    /// <summary>The lookup that counts code 0 in a lane's low nibble and code 1 in its high nibble.</summary>
    internal static readonly Vector128<byte> Pair01 = Vector128.Create((byte)1, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The lookup that counts code 2 in a lane's low nibble and code 3 in its high nibble.</summary>
    internal static readonly Vector128<byte> Pair23 = Vector128.Create((byte)0, 0, 1, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Rows given to the filter at once: one bit each in the mask it returns.</summary>
    internal const int ChunkRows = 64;

    /// <summary>Rows counted before the byte counters go to the 64-bit counters: whole chunks, at most 255 (a byte counter gains at most one per row).</summary>
    internal const int RowsPerPass = 3 * ChunkRows;

    /// <summary>True when <see cref="Count"/> takes a matrix of this shape on this machine's vectors (else the caller screens and counts apart).</summary>
    internal static bool Takes(int columnCount, int levelCount) =>
        levelCount is >= 1 and <= MaxLevelCount && columnCount >= 1 && columnCount <= Width;

    // The widest hardware register: a row must fit in one.
    internal static int Width =>
        Vector512.IsHardwareAccelerated ? Vector512<byte>.Count
            : Vector256.IsHardwareAccelerated ? Vector256<byte>.Count
            : Vector128.IsHardwareAccelerated ? Vector128<byte>.Count
            : 0;

    /// <summary>
    /// Counts the rows of a dense matrix that <paramref name="filter"/> accepts into per-column counters (the contract of
    /// <see cref="ScalarMarkCounter.Count"/>) and returns how many it counted. The filter is asked once per row, in order.
    /// </summary>
    /// <param name="marks">Ballots × columns, row-major.</param>
    /// <param name="columnCount">Columns per ballot; at least 1.</param>
    /// <param name="levelCount">Levels of the widest column, 1…<see cref="MaxLevelCount"/> on the vector paths.</param>
    /// <param name="counts"><c>columnCount × (levelCount + 2)</c> counters, added to: blank, levels, void.</param>
    /// <param name="lanes">The filtered columns: bit <c>i</c> for column <c>i</c>, all below <paramref name="columnCount"/>.</param>
    /// <param name="filteredLevels">The codes the histogram tells apart: 0…this (0…<paramref name="levelCount"/>); any code above is counted last.</param>
    /// <param name="blanks">
    /// False when the filter reads neither the blanks (code 0) nor the codes above the filtered levels: the vector paths
    /// then leave those two entries unwritten (one compare less per row).
    /// </param>
    /// <param name="filter">The filter.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together.</exception>
    internal static int Count<TFilter>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes, int filteredLevels, bool blanks, ref TFilter filter)
        where TFilter : struct, IRowFilter
    {
        Validate(marks, columnCount, levelCount, counts, lanes, filteredLevels);
        if (!Takes(columnCount, levelCount))
        {
            return CountScalar(marks, columnCount, levelCount, counts, lanes, filteredLevels, blanks, ref filter);
        }

        return Vector512.IsHardwareAccelerated ? CountVector<ByteLanes512, Vector512<byte>, TFilter>(marks, columnCount, levelCount, counts, lanes, filteredLevels, blanks, ref filter)
            : Vector256.IsHardwareAccelerated ? CountVector<ByteLanes256, Vector256<byte>, TFilter>(marks, columnCount, levelCount, counts, lanes, filteredLevels, blanks, ref filter)
            : CountVector<ByteLanes128, Vector128<byte>, TFilter>(marks, columnCount, levelCount, counts, lanes, filteredLevels, blanks, ref filter);
    }

    /// <summary><see cref="Count"/> with 128-bit registers (in software where the hardware lacks them); rows of at most 16 columns.</summary>
    internal static int Count128<TFilter>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes, int filteredLevels, bool blanks, ref TFilter filter)
        where TFilter : struct, IRowFilter
        => CountValidated<ByteLanes128, Vector128<byte>, TFilter>(marks, columnCount, levelCount, counts, lanes, filteredLevels, blanks, ref filter);

    /// <summary><see cref="Count"/> with 256-bit registers (in software where the hardware lacks them); rows of at most 32 columns.</summary>
    internal static int Count256<TFilter>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes, int filteredLevels, bool blanks, ref TFilter filter)
        where TFilter : struct, IRowFilter
        => CountValidated<ByteLanes256, Vector256<byte>, TFilter>(marks, columnCount, levelCount, counts, lanes, filteredLevels, blanks, ref filter);

    /// <summary><see cref="Count"/> with 512-bit registers (in software where the hardware lacks them); rows of at most 64 columns.</summary>
    internal static int Count512<TFilter>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes, int filteredLevels, bool blanks, ref TFilter filter)
        where TFilter : struct, IRowFilter
        => CountValidated<ByteLanes512, Vector512<byte>, TFilter>(marks, columnCount, levelCount, counts, lanes, filteredLevels, blanks, ref filter);

    /// <summary>
    /// The plain reference: per row, the histogram one lane at a time, the filter, and <see cref="ScalarMarkCounter"/> on
    /// the row when accepted. Takes any shape <see cref="ScalarMarkCounter"/> takes, and writes every histogram entry
    /// whatever <c>blanks</c> says.
    /// </summary>
    internal static int CountScalar<TFilter>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes, int filteredLevels, bool blanks, ref TFilter filter)
        where TFilter : struct, IRowFilter
    {
        Validate(marks, columnCount, levelCount, counts, lanes, filteredLevels);
        Span<byte> histograms = stackalloc byte[(filteredLevels + 2) * ChunkRows];
        var rows = marks.Length / columnCount;
        var counted = 0;
        for (var first = 0; first < rows; first += ChunkRows)
        {
            var chunkRows = Math.Min(ChunkRows, rows - first);
            histograms.Clear();
            for (var row = 0; row < chunkRows; row++)
            {
                var codes = marks.Slice((first + row) * columnCount, columnCount);
                for (var column = 0; column < columnCount; column++)
                {
                    if (((lanes >> column) & 1) != 0)
                    {
                        histograms[(Math.Min((int)codes[column], filteredLevels + 1) * ChunkRows) + row]++;
                    }
                }
            }

            var refused = filter.Refuse(histograms, chunkRows, first) & (chunkRows == ChunkRows ? ulong.MaxValue : (1UL << chunkRows) - 1);
            for (var row = 0; row < chunkRows; row++)
            {
                if (((refused >> row) & 1) == 0)
                {
                    ScalarMarkCounter.Count(marks.Slice((first + row) * columnCount, columnCount), columnCount, levelCount, counts);
                    counted++;
                }
            }
        }

        return counted;
    }

    private static void Validate(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes, int filteredLevels)
    {
        MarkMatrixShape.Validate(marks.Length, columnCount, levelCount, counts.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(filteredLevels);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(filteredLevels, levelCount);
        if (columnCount < 64 && lanes >> columnCount != 0)
        {
            throw new ArgumentException($"The filtered lanes name columns past the row's {columnCount}.", nameof(lanes));
        }
    }

    private static int CountValidated<TLanes, TVector, TFilter>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes, int filteredLevels, bool blanks, ref TFilter filter)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : unmanaged
        where TFilter : struct, IRowFilter
    {
        Validate(marks, columnCount, levelCount, counts, lanes, filteredLevels);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(levelCount, MaxLevelCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(columnCount, TLanes.Width);
        return CountVector<TLanes, TVector, TFilter>(marks, columnCount, levelCount, counts, lanes, filteredLevels, blanks, ref filter);
    }

    /// <summary>The one pass: per row, the histogram of the filtered lanes, the filter, and the row's codes into byte counters when accepted.</summary>
    private static int CountVector<TLanes, TVector, TFilter>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts, ulong lanes, int filteredLevels, bool blanks, ref TFilter filter)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : unmanaged
        where TFilter : struct, IRowFilter
    {
        unchecked
        {
            var width = TLanes.Width;
            var rows = marks.Length / columnCount;

            // Rows whose full register load would run past the matrix are loaded from a copy of the matrix's end; lanes
            // past the row hold the next row's codes, which neither the histogram (lanes) nor the widening reads.
            var directRows = RowMarkCounter.DirectRows(marks.Length, width, columnCount);
            var tailStart = directRows * columnCount;
            Span<byte> tail = stackalloc byte[2 * width];
            marks[tailStart..].CopyTo(tail);
            ref var origin = ref MemoryMarshal.GetReference(marks);
            ref var tailOrigin = ref MemoryMarshal.GetReference(tail);

            Span<byte> histograms = stackalloc byte[(MaxLevelCount + 2) * ChunkRows];
            var told = histograms[..((filteredLevels + 2) * ChunkRows)];
            Span<byte> accumulators = stackalloc byte[(MaxLevelCount + 1) * width];
            accumulators.Clear();
            var passRows = 0;
            var counted = 0;
            for (var first = 0; first < rows; first += ChunkRows)
            {
                if (passRows > RowsPerPass - ChunkRows)
                {
                    RowMarkCounter.Widen(accumulators, width, columnCount, levelCount + 1, passRows, counts);
                    accumulators.Clear();
                    passRows = 0;
                }

                // Every row is counted with its histogram, in one pass; the rows the filter then refuses (few) are taken
                // back out of the 64-bit counters, which the byte counters join at the next widening.
                var chunk = new Chunk(first, Math.Min(ChunkRows, rows - first), directRows, tailStart, columnCount);
                CountWithHistograms<TLanes, TVector>(ref origin, ref tailOrigin, chunk, lanes, blanks, histograms, accumulators);
                if (blanks)
                {
                    SetAbove(histograms, chunk.Rows, filteredLevels, BitOperations.PopCount(lanes));
                }

                var refused = filter.Refuse(told, chunk.Rows, first) & (chunk.Rows == ChunkRows ? ulong.MaxValue : (1UL << chunk.Rows) - 1);
                for (var left = refused; left != 0; left &= left - 1)
                {
                    Uncount(marks.Slice((first + BitOperations.TrailingZeroCount(left)) * columnCount, columnCount), levelCount, counts);
                }

                passRows += chunk.Rows;
                counted += chunk.Rows - BitOperations.PopCount(refused);
            }

            RowMarkCounter.Widen(accumulators, width, columnCount, levelCount + 1, passRows, counts);
            return counted;
        }
    }

    /// <summary>
    /// Counts every row of the chunk into the byte counters (codes 0…4, one register each, code-major) and writes the
    /// chunk's histograms of codes 0…4 over <paramref name="lanes"/> (code-major, <see cref="ChunkRows"/> bytes per code;
    /// code 0 only when <paramref name="blanks"/>): per code, a compare gives the row's lanes holding it as a bit mask.
    /// The counting is the packed kernel's: one lookup counts two codes in nibbles, split into the byte counters every
    /// <see cref="NibbleRows"/> rows. No call in the loop, so the counters stay in registers.
    /// </summary>
    private static void CountWithHistograms<TLanes, TVector>(ref byte origin, ref byte tailOrigin, Chunk chunk, ulong lanes, bool blanks, Span<byte> histograms, Span<byte> accumulators)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : unmanaged
    {
        unchecked
        {
            var width = TLanes.Width;
            ref var counters = ref MemoryMarshal.GetReference(accumulators);
            ref var h = ref MemoryMarshal.GetReference(histograms);
            var c1 = TLanes.Broadcast(Vector128.Create((byte)1));
            var c2 = TLanes.Broadcast(Vector128.Create((byte)2));
            var c3 = TLanes.Broadcast(Vector128.Create((byte)3));
            var c4 = TLanes.Broadcast(Vector128.Create((byte)4));
            var pastCodes = TLanes.Broadcast(Vector128.Create((byte)15));
            var pair01 = TLanes.Broadcast(Pair01);
            var pair23 = TLanes.Broadcast(Pair23);
            var one4 = TLanes.Broadcast(RowMarkCounter.OneAt[4]);
            var b0 = TLanes.Load(ref counters);
            var b1 = TLanes.Load(ref Unsafe.Add(ref counters, width));
            var b2 = TLanes.Load(ref Unsafe.Add(ref counters, 2 * width));
            var b3 = TLanes.Load(ref Unsafe.Add(ref counters, 3 * width));
            var b4 = TLanes.Load(ref Unsafe.Add(ref counters, 4 * width));
            for (var run = 0; run < chunk.Rows; run += NibbleRows)
            {
                var end = Math.Min(run + NibbleRows, chunk.Rows);
                TVector n01 = default, n23 = default;
                for (var r = run; r < end; r++)
                {
                    var x = Row<TLanes, TVector>(ref origin, ref tailOrigin, chunk, r);
                    ref var cell = ref Unsafe.Add(ref h, r);
                    if (blanks)
                    {
                        cell = (byte)BitOperations.PopCount(TLanes.TopBits(TLanes.Equal(x, default)) & lanes);
                    }

                    Unsafe.Add(ref cell, ChunkRows) = (byte)BitOperations.PopCount(TLanes.TopBits(TLanes.Equal(x, c1)) & lanes);
                    Unsafe.Add(ref cell, 2 * ChunkRows) = (byte)BitOperations.PopCount(TLanes.TopBits(TLanes.Equal(x, c2)) & lanes);
                    Unsafe.Add(ref cell, 3 * ChunkRows) = (byte)BitOperations.PopCount(TLanes.TopBits(TLanes.Equal(x, c3)) & lanes);
                    Unsafe.Add(ref cell, 4 * ChunkRows) = (byte)BitOperations.PopCount(TLanes.TopBits(TLanes.Equal(x, c4)) & lanes);
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

    /// <summary>Writes the histogram entry after the filtered levels: the lanes whose code is above them (all lanes minus the codes 0…n), 16 rows at a time.</summary>
    private static void SetAbove(Span<byte> histograms, int rows, int filteredLevels, int laneCount)
    {
        unchecked
        {
            var all = Vector128.Create((byte)laneCount);
            for (var at = 0; at < rows; at += Vector128<byte>.Count)
            {
                var told = Vector128<byte>.Zero;
                for (var code = 0; code <= filteredLevels; code++)
                {
                    told += Vector128.Create(histograms.Slice((code * ChunkRows) + at, Vector128<byte>.Count));
                }

                (all - told).CopyTo(histograms[(((filteredLevels + 1) * ChunkRows) + at)..]);
            }
        }
    }

    /// <summary>Takes one counted row back out of the 64-bit counters, slot by slot as <see cref="ScalarMarkCounter"/> adds it.</summary>
    internal static void Uncount(ReadOnlySpan<byte> row, int levelCount, Span<long> counts)
    {
        var stride = levelCount + 2;
        for (var column = 0; column < row.Length; column++)
        {
            int code = row[column];
            counts[(column * stride) + (code <= levelCount ? code : levelCount + 1)]--;
        }
    }

    /// <summary>Row <paramref name="r"/> of the chunk, from the matrix or, for the last rows, from the copy of its end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TVector Row<TLanes, TVector>(ref byte origin, ref byte tailOrigin, Chunk chunk, int r)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : unmanaged
    {
        unchecked
        {
            var row = chunk.First + r;
            return row < chunk.DirectRows
                ? TLanes.Load(ref Unsafe.Add(ref origin, (nint)row * chunk.ColumnCount))
                : TLanes.Load(ref Unsafe.Add(ref tailOrigin, (row * chunk.ColumnCount) - chunk.TailStart));
        }
    }

    /// <summary>Rows <c>First…First + Rows − 1</c> of a matrix whose rows from <c>DirectRows</c> on are read from the copy of its end (from byte <c>TailStart</c>).</summary>
    internal readonly record struct Chunk(int First, int Rows, int DirectRows, int TailStart, int ColumnCount);
}
