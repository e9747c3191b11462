using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace OrgLife.Tally.Kernels;

/// <summary>
/// The vectorized kernel: per lane, a nibble counter per code (blank and each level), two codes per byte, fed by one
/// byte-shuffle lookup per code pair (no compares); void marks are what remains of the rows. Nibbles are split into
/// byte counters every 15 steps and byte counters are widened into the caller's 64-bit counters after at most 255
/// steps, so nothing wraps. Results equal <see cref="ScalarMarkCounter"/>'s.
/// </summary>
/// <remarks>
/// Two layouts:
/// <list type="bullet">
/// <item>Striped (columns ≥ width): each row is cut into stripes of one register, the last stripe shifted left to end
/// at the row's end (its overlapping lanes are ignored when widening). Rows stream in order; the stripes of a tile of
/// columns keep their byte counters in a small stack buffer that stays in L1, so a 100,000-column matrix is read
/// sequentially, one row chunk after another, and the prefetcher can follow.</item>
/// <item>Packed (columns &lt; width): <c>k = width / columns</c> whole rows fill one register (a 22-candidate branch
/// puts 2 ballots in a 64-byte register); lane <c>i</c> is column <c>i mod columns</c>. Rows left over (fewer than k)
/// are counted by the scalar kernel.</item>
/// </list>
/// Each pass over a run counts up to six codes, so the cost grows with the level count; past
/// <see cref="MaxLevelCount"/> levels <see cref="MarkCounter"/> sends matrices (e.g. 0–100 score columns) to the scalar kernel.
/// </remarks>
internal static class VectorMarkCounter
{
    /// <summary>
    /// The largest level count the vector kernel takes. Set when the kernel cost one compare per code per register
    /// (about the scalar kernel's cost at a few dozen codes); the nibble kernel costs about a third of that per code and
    /// would likely stay ahead further, but the threshold was not re-measured, so it stays (see docs/performance.md).
    /// </summary>
    internal const int MaxLevelCount = 32;

    /// <summary>Steps between widenings: a byte counter gains at most one per step, so 255 steps cannot wrap.</summary>
    internal const int MaxStepsPerBlock = 255;

    /// <summary>Byte counters of one column tile; small enough to stay in L1 next to the streaming rows.</summary>
    internal const int AccumulatorBudget = 16 * 1024;

    /// <summary>Steps a nibble counter takes before it must be split into the byte counters (a nibble holds 15).</summary>
    private const int NibbleSteps = 15;

    /// <summary>Rows counted in registers before their counts go to the tile's byte counters (rows read side by side).</summary>
    private const int RunRows = NibbleSteps;

    /// <summary>Codes counted in registers in one pass over a run: three nibble-pair accumulators, so four levels plus blank take one pass.</summary>
    private const int CodesPerRun = 6;

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
        Count<TLanes, TVector>(marks, columnCount, levelCount, counts);
    }

    /// <summary>Counts a matrix whose shapes were already validated and whose level count is at most <see cref="MaxLevelCount"/>.</summary>
    internal static void Count<TLanes, TVector>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : unmanaged
    {
        if (columnCount < TLanes.Width)
        {
            CountPacked<TLanes, TVector>(marks, columnCount, levelCount, counts);
        }
        else
        {
            CountStriped<TLanes, TVector>(marks, columnCount, levelCount, counts);
        }
    }

    private static void CountStriped<TLanes, TVector>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : unmanaged
    {
        unchecked
        {
            var width = TLanes.Width;
            var codes = levelCount + 1;
            var stripeBytes = codes * width;
            var stripeCount = (columnCount + width - 1) / width;
            var tileStripes = Math.Clamp(AccumulatorBudget / stripeBytes, 1, stripeCount);
            Span<byte> accumulators = stackalloc byte[tileStripes * stripeBytes];
            ref var counters = ref MemoryMarshal.GetReference(accumulators);
            ref var origin = ref MemoryMarshal.GetReference(marks);
            var rows = marks.Length / columnCount;
            var lastStripeColumn = columnCount - width;

            for (var firstRow = 0; firstRow < rows; firstRow += MaxStepsPerBlock)
            {
                var blockRows = Math.Min(MaxStepsPerBlock, rows - firstRow);
                for (var firstStripe = 0; firstStripe < stripeCount; firstStripe += tileStripes)
                {
                    var stripes = Math.Min(tileStripes, stripeCount - firstStripe);
                    accumulators.Clear();

                    // A few rows at a time across the tile: each stripe's run counts in registers, and the rows of a
                    // run stream side by side, so the prefetcher follows them.
                    for (var run = 0; run < blockRows; run += RunRows)
                    {
                        var runRows = Math.Min(RunRows, blockRows - run);
                        ref var runStart = ref Unsafe.Add(ref origin, (nint)(firstRow + run) * columnCount);
                        for (var stripe = 0; stripe < stripes; stripe++)
                        {
                            var column = Math.Min((firstStripe + stripe) * width, lastStripeColumn);
                            ref var stripeCounters = ref Unsafe.Add(ref counters, stripe * stripeBytes);
                            for (var code = 0; code < codes; code += CodesPerRun)
                            {
                                CountRun<TLanes, TVector>(ref Unsafe.Add(ref runStart, column), columnCount, runRows, code, Math.Min(CodesPerRun, codes - code), ref Unsafe.Add(ref stripeCounters, code * width));
                            }
                        }
                    }

                    for (var stripe = 0; stripe < stripes; stripe++)
                    {
                        var nominal = (firstStripe + stripe) * width;
                        var column = Math.Min(nominal, lastStripeColumn);
                        Widen(accumulators.Slice(stripe * stripeBytes, stripeBytes), width, nominal - column, width, column, int.MaxValue, levelCount, blockRows, counts);
                    }
                }
            }
        }
    }

    private static void CountPacked<TLanes, TVector>(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : unmanaged
    {
        unchecked
        {
            var width = TLanes.Width;
            var codes = levelCount + 1;
            var rowsPerStep = width / columnCount;
            var stepBytes = rowsPerStep * columnCount;
            var steps = marks.Length / stepBytes;
            Span<byte> accumulators = stackalloc byte[codes * width];
            Span<byte> tail = stackalloc byte[2 * width];
            ref var counters = ref MemoryMarshal.GetReference(accumulators);
            ref var origin = ref MemoryMarshal.GetReference(marks);

            // Steps whose full register load stays inside the matrix; the few after it are copied out first.
            var directSteps = marks.Length < width ? 0 : Math.Min(steps, ((marks.Length - width) / stepBytes) + 1);
            for (var firstStep = 0; firstStep < steps; firstStep += MaxStepsPerBlock)
            {
                var endStep = Math.Min(firstStep + MaxStepsPerBlock, steps);
                var endDirect = Math.Clamp(directSteps, firstStep, endStep);
                accumulators.Clear();
                for (var code = 0; code < codes; code += CodesPerRun)
                {
                    var runCodes = Math.Min(CodesPerRun, codes - code);
                    ref var codeCounters = ref Unsafe.Add(ref counters, code * width);
                    CountRun<TLanes, TVector>(ref Unsafe.Add(ref origin, (nint)firstStep * stepBytes), stepBytes, endDirect - firstStep, code, runCodes, ref codeCounters);
                    if (endDirect < endStep)
                    {
                        marks[(endDirect * stepBytes)..(endStep * stepBytes)].CopyTo(tail);
                        CountRun<TLanes, TVector>(ref MemoryMarshal.GetReference(tail), stepBytes, endStep - endDirect, code, runCodes, ref codeCounters);
                    }
                }

                Widen(accumulators, width, 0, stepBytes, 0, columnCount, levelCount, endStep - firstStep, counts);
            }

            var leftover = marks[(steps * stepBytes)..];
            if (!leftover.IsEmpty)
            {
                ScalarMarkCounter.Count(leftover, columnCount, levelCount, counts);
            }
        }
    }

    /// <summary>
    /// Counts codes <paramref name="firstCode"/>…<c>+codeCount−1</c> (at most <see cref="CodesPerRun"/>) over
    /// <paramref name="steps"/> registers <paramref name="stride"/> bytes apart, then adds them to the byte counters
    /// (one register per code, consecutive). The caller keeps every counter at most 255.
    /// </summary>
    /// <remarks>
    /// Each code gets a nibble: one byte shuffle maps a mark to 1 (the pair's first code), 16 (its second) or 0, so one
    /// lookup and one add count two codes, with no compare and no mask move. A nibble holds 15, so the nibbles are
    /// split into the byte counters every <see cref="NibbleSteps"/> steps.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CountRun<TLanes, TVector>(ref byte first, int stride, int steps, int firstCode, int codeCount, ref byte counters)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : unmanaged
    {
        unchecked
        {
            var width = TLanes.Width;
            var codeBase = TLanes.Broadcast(Vector128.Create((byte)firstCode));
            var pastCodes = TLanes.Broadcast(Vector128.Create((byte)15));
            var table0 = TLanes.Broadcast(PairTable(0, codeCount));
            var table1 = TLanes.Broadcast(PairTable(2, codeCount));
            var table2 = TLanes.Broadcast(PairTable(4, codeCount));
            ref var source = ref first;
            for (var done = 0; done < steps; done += NibbleSteps)
            {
                var runSteps = Math.Min(NibbleSteps, steps - done);
                TVector a0 = default, a1 = default, a2 = default;
                for (var step = 0; step < runSteps; step++)
                {
                    var x = TLanes.Load(ref source);
                    source = ref Unsafe.Add(ref source, stride);

                    // Codes below firstCode wrap to ≥ 230 and everything past the pass clamps to 15: both look up 0.
                    var index = TLanes.Min(firstCode == 0 ? x : TLanes.Subtract(x, codeBase), pastCodes);
                    a0 = TLanes.Add(a0, TLanes.Lookup16(table0, index));
                    if (codeCount > 2)
                    {
                        a1 = TLanes.Add(a1, TLanes.Lookup16(table1, index));
                    }

                    if (codeCount > 4)
                    {
                        a2 = TLanes.Add(a2, TLanes.Lookup16(table2, index));
                    }
                }

                AddTo<TLanes, TVector>(TLanes.LowNibbles(a0), ref counters);
                for (var code = 1; code < codeCount; code++)
                {
                    var pair = code < 2 ? a0 : code < 4 ? a1 : a2;
                    var nibbles = (code & 1) == 0 ? TLanes.LowNibbles(pair) : TLanes.HighNibbles(pair);
                    AddTo<TLanes, TVector>(nibbles, ref Unsafe.Add(ref counters, code * width));
                }
            }
        }
    }

    /// <summary>The 16-entry table that maps pass index <paramref name="code"/> to 1 and <c>code + 1</c> to 16 (when in the pass), all else to 0.</summary>
    private static Vector128<byte> PairTable(int code, int codeCount)
    {
        Span<byte> table = stackalloc byte[16];
        table.Clear();
        if (code < codeCount)
        {
            table[code] = 1;
        }

        if (code + 1 < codeCount)
        {
            table[code + 1] = 16;
        }

        return Vector128.Create((ReadOnlySpan<byte>)table);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddTo<TLanes, TVector>(TVector value, ref byte counters)
        where TLanes : struct, IByteLanes<TVector>
        where TVector : unmanaged
        => TLanes.Store(TLanes.Add(TLanes.Load(ref counters), value), ref counters);

    /// <summary>
    /// Adds byte counters (<c>codes × width</c>, code-major) of lanes <paramref name="firstLane"/>…<paramref name="endLane"/>
    /// to the 64-bit counters; lane <c>i</c> is column <c>firstColumn + i</c> folded modulo <paramref name="columnModulus"/>.
    /// The void count of a lane is the steps it saw minus its blanks and levels.
    /// </summary>
    private static void Widen(ReadOnlySpan<byte> accumulators, int width, int firstLane, int endLane, int firstColumn, int columnModulus, int levelCount, int steps, Span<long> counts)
    {
        unchecked
        {
            // Bounds were settled by the caller (lanes < width, columns < columnCount); this runs once per lane and
            // code every block, which for a 22 × 22 branch is as much work as the counting itself.
            var stride = levelCount + 2;
            var codes = levelCount + 1;
            var column = firstColumn + firstLane;
            if (column >= columnModulus)
            {
                column %= columnModulus;
            }

            ref var counters = ref MemoryMarshal.GetReference(accumulators);
            ref var totals = ref MemoryMarshal.GetReference(counts);
            for (var lane = firstLane; lane < endLane; lane++)
            {
                ref var slots = ref Unsafe.Add(ref totals, column * stride);
                ref var laneCounters = ref Unsafe.Add(ref counters, lane);
                var marked = 0;
                for (var code = 0; code < codes; code++)
                {
                    int count = Unsafe.Add(ref laneCounters, code * width);
                    Unsafe.Add(ref slots, code) += count;
                    marked += count;
                }

                Unsafe.Add(ref slots, codes) += steps - marked;
                if (++column == columnModulus)
                {
                    column = 0;
                }
            }
        }
    }
}
