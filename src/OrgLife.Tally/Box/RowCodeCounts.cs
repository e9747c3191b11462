using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace OrgLife.Tally.Box;

/// <summary>
/// What a ballot-level validity rule needs to know of one criterion's marks on a ballot, when those marks are one-byte
/// codes side by side in the row (a one-criterion form): how many are marked, how many are valid (a level of the
/// scale), how many valid ones are in the rule's level set, and whether every valid one is the same level. Computed 32
/// (or 16) codes at a time so that screening a ballot costs a small fraction of counting it; <see cref="Scalar"/> is
/// the plain reference, and a property binds the two.
/// </summary>
internal readonly record struct RowCodeCounts(int Marked, int Valid, int InLevels, bool Identical)
{
    /// <summary>The counts of <paramref name="codes"/> (0 blank, 1…<paramref name="levelCount"/> valid, above void), with the widest vectors the machine has.</summary>
    /// <param name="codes">One criterion's codes, one per candidate.</param>
    /// <param name="levelCount">The criterion's number of levels (at most 254).</param>
    /// <param name="levels">The rule's levels, each within 1…<paramref name="levelCount"/>.</param>
    internal static RowCodeCounts Of(ReadOnlySpan<byte> codes, int levelCount, ReadOnlySpan<byte> levels)
    {
        // The first valid code, which every other valid code must equal for the ballot to be "all identical".
        var first = 0;
        foreach (var code in codes)
        {
            if (code != 0 && code <= levelCount)
            {
                first = code;
                break;
            }
        }

        var counts = new RowCodeCounts(0, 0, 0, true);
        var at = 0;
        if (Vector256.IsHardwareAccelerated && codes.Length >= Vector256<byte>.Count)
        {
            ref var start = ref MemoryMarshal.GetReference(codes);
            var top = Vector256.Create((byte)levelCount);
            var same = Vector256.Create((byte)first);
            for (; at <= codes.Length - Vector256<byte>.Count; at += Vector256<byte>.Count)
            {
                counts = counts.Plus(OfVector(Vector256.LoadUnsafe(ref start, (nuint)at), uint.MaxValue, top, same, levels));
            }

            if (at < codes.Length)
            {
                // The tail as the last whole vector, overlapping codes already counted: their lanes are masked off.
                var v = Vector256.LoadUnsafe(ref start, (nuint)(codes.Length - Vector256<byte>.Count));
                counts = counts.Plus(OfVector(v, uint.MaxValue << (Vector256<byte>.Count - (codes.Length - at)), top, same, levels));
                at = codes.Length;
            }
        }
        else if (Vector128.IsHardwareAccelerated && codes.Length >= Vector128<byte>.Count)
        {
            ref var start = ref MemoryMarshal.GetReference(codes);
            var zero = Vector128<byte>.Zero;
            var one = Vector128<byte>.One;
            var top = Vector128.Create((byte)levelCount);
            var same = Vector128.Create((byte)first);
            for (; at <= codes.Length - Vector128<byte>.Count; at += Vector128<byte>.Count)
            {
                var v = Vector128.LoadUnsafe(ref start, (nuint)at);
                var blank = Vector128.Equals(v, zero).ExtractMostSignificantBits();
                var isValid = Vector128.LessThan(v - one, top).ExtractMostSignificantBits();
                var inSet = 0u;
                foreach (var level in levels)
                {
                    inSet |= Vector128.Equals(v, Vector128.Create(level)).ExtractMostSignificantBits();
                }

                counts = counts.Plus(new(
                    Vector128<byte>.Count - BitOperations.PopCount(blank),
                    BitOperations.PopCount(isValid),
                    BitOperations.PopCount(inSet & isValid),
                    (isValid & ~Vector128.Equals(v, same).ExtractMostSignificantBits()) == 0));
            }
        }

        return counts.Plus(ScalarFrom(codes[at..], levelCount, levels, first));
    }

    /// <summary>
    /// One vector's counts over the lanes set in <paramref name="lanes"/> (all of them, or an overlapping tail's fresh
    /// ones). A valid code is 1…levelCount, tested as one unsigned comparison: code − 1 &lt; levelCount (a blank wraps to 255).
    /// </summary>
    private static RowCodeCounts OfVector(Vector256<byte> v, uint lanes, Vector256<byte> top, Vector256<byte> same, ReadOnlySpan<byte> levels)
    {
        var blank = Vector256.Equals(v, Vector256<byte>.Zero).ExtractMostSignificantBits() & lanes;
        var isValid = Vector256.LessThan(v - Vector256<byte>.One, top).ExtractMostSignificantBits() & lanes;
        var inSet = 0u;
        foreach (var level in levels)
        {
            inSet |= Vector256.Equals(v, Vector256.Create(level)).ExtractMostSignificantBits();
        }

        return new(
            BitOperations.PopCount(lanes) - BitOperations.PopCount(blank),
            BitOperations.PopCount(isValid),
            BitOperations.PopCount(inSet & isValid),
            (isValid & ~Vector256.Equals(v, same).ExtractMostSignificantBits()) == 0);
    }

    /// <summary>The counts of two stretches of one row together.</summary>
    private RowCodeCounts Plus(RowCodeCounts other)
        => new(Marked + other.Marked, Valid + other.Valid, InLevels + other.InLevels, Identical && other.Identical);

    /// <summary>The plain reference: one code at a time.</summary>
    internal static RowCodeCounts Scalar(ReadOnlySpan<byte> codes, int levelCount, ReadOnlySpan<byte> levels) => ScalarFrom(codes, levelCount, levels, first: 0);

    // With first = 0 the first valid code met sets it; otherwise every valid code must equal the given one.
    private static RowCodeCounts ScalarFrom(ReadOnlySpan<byte> codes, int levelCount, ReadOnlySpan<byte> levels, int first)
    {
        int marked = 0, valid = 0, inLevels = 0;
        var identical = true;
        foreach (var code in codes)
        {
            if (code == 0)
            {
                continue;
            }

            marked++;
            if (code > levelCount)
            {
                continue;
            }

            valid++;
            inLevels += levels.Contains(code) ? 1 : 0;
            first = first == 0 ? code : first;
            identical &= code == first;
        }

        return new(marked, valid, inLevels, identical);
    }
}
