using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace OrgLife.Tally.Kernels;

/// <summary>
/// The kernel of small branches (a row fits one register, e.g. 22 candidates × 1 criterion): one register load per
/// ballot, one 16-entry lookup per counted code adds 1 to that code's byte counter in each lane, and lane <c>i</c> is
/// column <c>i</c>, so the counters go to the caller's 64-bit counters without the packed kernel's folding of lanes
/// modulo the columns. Results equal <see cref="ScalarMarkCounter"/>'s (a property binds them).
/// </summary>
internal static class RowMarkCounter
{
    /// <summary>The largest level count taken: codes 0…14 are looked up directly (15 stands for every code above).</summary>
    internal const int MaxLevelCount = 14;

    /// <summary>Rows counted before the byte counters go to the 64-bit counters (a byte counter gains at most one per row).</summary>
    private const int MaxRowsPerPass = 255;

    /// <summary>True when the kernel takes a matrix of this shape on registers of <paramref name="width"/> bytes.</summary>
    /// <remarks>
    /// Narrow rows of many ballots (at most a third of a register, more ballots than lanes) go to the packed kernel,
    /// which puts three or more rows in one register; a small branch (no more ballots than lanes) comes here whatever
    /// its width, since the packed kernel's folding of lanes would cost more than its counting saves.
    /// </remarks>
    internal static bool Takes(int columnCount, int rowCount, int levelCount, int width) =>
        levelCount <= MaxLevelCount && columnCount <= width && (columnCount * 3 > width || rowCount <= width);

    /// <summary>Counts with 128-bit registers (in software where the hardware lacks them). Validates the shapes.</summary>
    internal static void Count128(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts)
        => CountValidated<ByteLanes128, Vector128<byte>>(marks, columnCount, levelCount, counts);

    /// <summary>Counts with 256-bit registers (in software where the hardware lacks them). Validates the shapes.</summary>
    internal static void Count256(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts)
        => CountValidated<ByteLanes256, Vector256<byte>>(marks, columnCount, levelCount, counts);

    /// <summary>Counts with 512-bit registers (in software where the hardware lacks them). Validates the shapes.</summary>
    internal static void Count512(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts)
        => CountValidated<ByteLanes512, Vector512<byte>>(marks, columnCount, levelCount, counts);

    private static void CountValidated<TLanes, TVector>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : unmanaged
    {
        MarkMatrixShape.Validate(marks.Length, columnCount, levelCount, counts.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(levelCount, MaxLevelCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(columnCount, TLanes.Width);
        Count<TLanes, TVector>(marks, columnCount, levelCount, counts);
    }

    /// <summary>Counts a validated matrix of at most one register's columns and at most <see cref="MaxLevelCount"/> levels.</summary>
    internal static void Count<TLanes, TVector>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : unmanaged
    {
        var width = TLanes.Width;
        var codes = levelCount + 1;
        var rows = marks.Length / columnCount;
        Span<byte> accumulators = stackalloc byte[codes * width];
        for (var firstRow = 0; firstRow < rows; firstRow += MaxRowsPerPass)
        {
            var passRows = Math.Min(MaxRowsPerPass, rows - firstRow);
            CountBytes<TLanes, TVector>(marks.Slice(firstRow * columnCount, passRows * columnCount), columnCount, levelCount, accumulators);
            Widen(accumulators, width, columnCount, codes, passRows, counts);
        }
    }

    /// <summary>
    /// Counts a small branch into byte counters, for callers that use the counts while they are in registers' reach
    /// (the binary roll-up's one-criterion path): returns false, counting nothing, unless the branch has at most
    /// <see cref="MaxRowsPerPass"/> rows, at most one register's columns and at most <see cref="MaxLevelCount"/>
    /// levels, and this machine has 512-bit registers. Otherwise <paramref name="counters"/>[code × width +
    /// column] counts code 0…<paramref name="levelCount"/> of the column (void: rows minus the others).
    /// </summary>
    /// <param name="marks">Ballots × columns, row-major.</param>
    /// <param name="columnCount">Columns per ballot.</param>
    /// <param name="levelCount">Codes 0…levelCount are counted.</param>
    /// <param name="counters">At least <c>(levelCount + 1) × 64</c> bytes.</param>
    /// <param name="width">The register width used: the stride of <paramref name="counters"/> per code.</param>
    internal static bool TryCountSmall(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<byte> counters, out int width)
    {
        width = 0;
        if (columnCount < 1 || levelCount is < 1 or > MaxLevelCount || marks.Length % columnCount != 0 || marks.Length / columnCount > MaxRowsPerPass)
        {
            return false;
        }

        if (!Vector512.IsHardwareAccelerated || columnCount > Vector512<byte>.Count)
        {
            return false;
        }

        CountBytes<ByteLanes512, Vector512<byte>>(marks, columnCount, levelCount, counters);
        width = Vector512<byte>.Count;
        return true;
    }

    /// <summary>One pass of at most <see cref="MaxRowsPerPass"/> rows into byte counters, one register per code (code-major).</summary>
    /// <summary>
    /// The rows of a <paramref name="columnCount"/>-column matrix of <paramref name="length"/> bytes whose full register
    /// load of <paramref name="width"/> bytes stays inside it; the rows after them are loaded from a copy of the end.
    /// </summary>
    internal static int DirectRows(int length, int width, int columnCount)
        => length < width ? 0 : Math.Min(length / columnCount, ((length - width) / columnCount) + 1);

    private static void CountBytes<TLanes, TVector>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<byte> accumulators)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : unmanaged
    {
        unchecked
        {
            var width = TLanes.Width;
            var codes = levelCount + 1;
            var rows = marks.Length / columnCount;

            // Rows whose full register load would run past the matrix are loaded from a copy of the matrix's end.
            var directRows = DirectRows(marks.Length, width, columnCount);
            var tailStart = directRows * columnCount;
            Span<byte> tail = stackalloc byte[2 * width];
            marks[tailStart..].CopyTo(tail);
            ref var origin = ref MemoryMarshal.GetReference(marks);
            ref var tailOrigin = ref MemoryMarshal.GetReference(tail);
            var pastCodes = TLanes.Broadcast(Vector128.Create((byte)15));
            if (codes == 5)
            {
                // Blank and four levels (the usual ballot): each row loaded once, the five counters kept in registers.
                CountFive<TLanes, TVector>(ref origin, ref tailOrigin, tailStart, columnCount, directRows, rows, accumulators);
                return;
            }

            for (var code = 0; code < codes; code++)
            {
                var table = TLanes.Broadcast(OneAt[code]);
                TVector sum = default;
                for (var row = 0; row < directRows; row++)
                {
                    sum = TLanes.Add(sum, TLanes.Lookup16(table, TLanes.Min(TLanes.Load(ref Unsafe.Add(ref origin, (nint)row * columnCount)), pastCodes)));
                }

                for (var row = directRows; row < rows; row++)
                {
                    sum = TLanes.Add(sum, TLanes.Lookup16(table, TLanes.Min(TLanes.Load(ref Unsafe.Add(ref tailOrigin, (row * columnCount) - tailStart)), pastCodes)));
                }

                TLanes.Store(sum, ref accumulators[code * width]);
            }
        }
    }

    /// <summary><see cref="CountBytes"/> of codes 0…4, one pass over the rows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CountFive<TLanes, TVector>(ref byte origin, ref byte tailOrigin, int tailStart, int columnCount, int directRows, int rows, Span<byte> accumulators)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : unmanaged
    {
        unchecked
        {
            var width = TLanes.Width;
            var pastCodes = TLanes.Broadcast(Vector128.Create((byte)15));
            var t0 = TLanes.Broadcast(OneAt[0]);
            var t1 = TLanes.Broadcast(OneAt[1]);
            var t2 = TLanes.Broadcast(OneAt[2]);
            var t3 = TLanes.Broadcast(OneAt[3]);
            var t4 = TLanes.Broadcast(OneAt[4]);
            TVector a0 = default, a1 = default, a2 = default, a3 = default, a4 = default;
            for (var row = 0; row < rows; row++)
            {
                var x = TLanes.Min(
                    row < directRows
                        ? TLanes.Load(ref Unsafe.Add(ref origin, (nint)row * columnCount))
                        : TLanes.Load(ref Unsafe.Add(ref tailOrigin, (row * columnCount) - tailStart)),
                    pastCodes);
                a0 = TLanes.Add(a0, TLanes.Lookup16(t0, x));
                a1 = TLanes.Add(a1, TLanes.Lookup16(t1, x));
                a2 = TLanes.Add(a2, TLanes.Lookup16(t2, x));
                a3 = TLanes.Add(a3, TLanes.Lookup16(t3, x));
                a4 = TLanes.Add(a4, TLanes.Lookup16(t4, x));
            }

            TLanes.Store(a0, ref accumulators[0]);
            TLanes.Store(a1, ref accumulators[width]);
            TLanes.Store(a2, ref accumulators[2 * width]);
            TLanes.Store(a3, ref accumulators[3 * width]);
            TLanes.Store(a4, ref accumulators[4 * width]);
        }
    }

    /// <summary>Per code 0…14, the 16-entry table that maps the code to 1 and everything else to 0.</summary>
    internal static readonly Vector128<byte>[] OneAt = [.. Enumerable.Range(0, MaxLevelCount + 1).Select(code => Vector128.Create(Enumerable.Range(0, 16).Select(i => (byte)(i == code ? 1 : 0)).ToArray()))];

    /// <summary>Adds the byte counters (code-major, one register per code) to the 64-bit counters; void is the rows minus the rest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Widen(ReadOnlySpan<byte> accumulators, int width, int columnCount, int codes, int rows, Span<long> counts)
    {
        var stride = codes + 1;
        ref var counters = ref MemoryMarshal.GetReference(accumulators);
        ref var totals = ref MemoryMarshal.GetReference(counts);
        for (var column = 0; column < columnCount; column++)
        {
            ref var slots = ref Unsafe.Add(ref totals, column * stride);
            var marked = 0;
            for (var code = 0; code < codes; code++)
            {
                int count = Unsafe.Add(ref counters, (code * width) + column);
                Unsafe.Add(ref slots, code) += count;
                marked += count;
            }

            Unsafe.Add(ref slots, codes) += rows - marked;
        }
    }
}
