using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace OrgLife.Tally.Kernels;

/// <summary>
/// Counts the codes of a whole mark matrix regardless of column (the bare count's totals of a one-criterion branch
/// need nothing more): per 64-byte register one compare and one population count per counted code. Its counts equal
/// <see cref="ScalarMarkCounter"/>'s with one column (a property binds them).
/// </summary>
internal static class MarkHistogram
{
    /// <summary>The largest level count the vector path takes; wider scales are counted one byte at a time.</summary>
    internal const int MaxVectorLevelCount = 14;

    /// <summary>The widest scale of the one-pass path (the four-grade scale of 民主评议, and narrower ones).</summary>
    private const int FourLevels = 4;

    /// <summary>Adds the marks to <paramref name="counts"/>: blank, levels 1…<paramref name="levelCount"/>, void (code 255 and any code above).</summary>
    /// <param name="marks">The marks, in any order.</param>
    /// <param name="levelCount">Levels of the scale, 1…<see cref="MarkCodes.MaxLevelCount"/>.</param>
    /// <param name="counts"><c>levelCount + 2</c> counters, added to.</param>
    internal static void Count(ReadOnlySpan<byte> marks, int levelCount, Span<long> counts)
    {
        if (Vector512.IsHardwareAccelerated && levelCount <= FourLevels && marks.Length >= Vector512<byte>.Count)
        {
            CountFour512(marks, levelCount, counts);
        }
        else if (Vector512.IsHardwareAccelerated && levelCount <= MaxVectorLevelCount && marks.Length >= Vector512<byte>.Count)
        {
            Count512(marks, levelCount, counts);
        }
        else
        {
            ScalarMarkCounter.Count(marks, 1, levelCount, counts);
        }
    }

    /// <summary>
    /// The vector path for scales of at most four levels: one pass, each register loaded once and compared with blank
    /// and levels 1…4 (a level above the scale is void, counted with the rest by difference); otherwise as <see cref="Count512"/>.
    /// </summary>
    private static void CountFour512(ReadOnlySpan<byte> marks, int levelCount, Span<long> counts)
    {
        MarkMatrixShape.Validate(marks.Length, 1, levelCount, counts.Length);
        var width = Vector512<byte>.Count;
        ref var origin = ref MemoryMarshal.GetReference(marks);
        var last = marks.Length - width;
        var fresh = TailLanes(marks.Length);
        var (one, two, three, four) = (Vector512.Create((byte)1), Vector512.Create((byte)2), Vector512.Create((byte)3), Vector512.Create((byte)4));

        // Five counters in registers (no struct or call in the loop: they would live on the stack); unchecked, as a
        // count cannot exceed the marks' length.
        ulong blank = 0, first = 0, second = 0, third = 0, fourth = 0;
        unchecked
        {
            // Whole registers first, every lane new: no lane mask in the loop.
            for (nuint offset = 0; offset < (nuint)last; offset += (nuint)width)
            {
                var register = Vector512.LoadUnsafe(ref origin, offset);
                blank += ulong.PopCount(Vector512.Equals(register, Vector512<byte>.Zero).ExtractMostSignificantBits());
                first += ulong.PopCount(Vector512.Equals(register, one).ExtractMostSignificantBits());
                second += ulong.PopCount(Vector512.Equals(register, two).ExtractMostSignificantBits());
                third += ulong.PopCount(Vector512.Equals(register, three).ExtractMostSignificantBits());
                fourth += ulong.PopCount(Vector512.Equals(register, four).ExtractMostSignificantBits());
            }

            // The last register overlaps the one before: only its new lanes count.
            var tail = Vector512.LoadUnsafe(ref origin, (nuint)last);
            blank += ulong.PopCount(Vector512.Equals(tail, Vector512<byte>.Zero).ExtractMostSignificantBits() & fresh);
            first += ulong.PopCount(Vector512.Equals(tail, one).ExtractMostSignificantBits() & fresh);
            second += ulong.PopCount(Vector512.Equals(tail, two).ExtractMostSignificantBits() & fresh);
            third += ulong.PopCount(Vector512.Equals(tail, three).ExtractMostSignificantBits() & fresh);
            fourth += ulong.PopCount(Vector512.Equals(tail, four).ExtractMostSignificantBits() & fresh);
        }

        ReadOnlySpan<ulong> byCode = [blank, first, second, third, fourth];
        long marked = 0;
        for (var code = 0; code <= levelCount; code++)
        {
            counts[code] += (long)byCode[code];
            marked += (long)byCode[code];
        }

        counts[levelCount + 1] += marks.Length - marked;
    }

    /// <summary>The lanes of the last register (loaded at <c>length − 64</c>) that the registers before it have not counted: the top <c>length mod 64</c> lanes, or all of them.</summary>
    private static ulong TailLanes(int length)
    {
        var width = Vector512<byte>.Count;
        return ulong.MaxValue << (width - (length % width == 0 ? width : length % width));
    }

    /// <summary>The vector path; <paramref name="marks"/> holds at least one register. The last register overlaps the one before and counts only its new lanes.</summary>
    private static void Count512(ReadOnlySpan<byte> marks, int levelCount, Span<long> counts)
    {
        MarkMatrixShape.Validate(marks.Length, 1, levelCount, counts.Length);
        var width = Vector512<byte>.Count;
        ref var origin = ref MemoryMarshal.GetReference(marks);
        var last = marks.Length - width;
        var fresh = TailLanes(marks.Length);
        long marked = 0;
        for (var code = 0; code <= levelCount; code++)
        {
            var wanted = Vector512.Create((byte)code);
            long count = 0;
            var offset = 0;
            for (; offset < last; offset += width)
            {
                count += BitOperations.PopCount(Vector512.Equals(Vector512.LoadUnsafe(ref origin, (nuint)offset), wanted).ExtractMostSignificantBits());
            }

            count += BitOperations.PopCount(Vector512.Equals(Vector512.LoadUnsafe(ref origin, (nuint)last), wanted).ExtractMostSignificantBits() & fresh);
            counts[code] += count;
            marked += count;
        }

        counts[levelCount + 1] += marks.Length - marked;
    }
}
