using System.Runtime.Intrinsics;

namespace OrgLife.Tally.Kernels;

/// <summary>
/// The counting kernel used by the tally: counts a dense mark matrix into per-column counters,
/// with the fastest path this machine supports. Its results equal <see cref="ScalarMarkCounter"/>'s.
/// Thread safe: it keeps no state.
/// </summary>
/// <remarks>
/// The path is chosen per call: 512-bit registers where <see cref="Vector512.IsHardwareAccelerated"/>, else 256-bit,
/// else 128-bit, else the scalar kernel; rows of one register at most go to <see cref="RowMarkCounter"/>, one row per
/// register, when they fill more than a third of it or the ballots are few (a small branch); matrices with more than 32 levels (e.g. 0–100 score columns) always go to the
/// scalar kernel (the threshold of <see cref="VectorMarkCounter.MaxLevelCount"/>; see its remarks).
/// </remarks>
internal static class MarkCounter
{
    /// <summary>
    /// Adds the marks of a dense matrix to per-column counters; the contract is
    /// <see cref="ScalarMarkCounter.Count"/>'s.
    /// </summary>
    /// <param name="marks">Ballots × columns, row-major.</param>
    /// <param name="columnCount">Columns per ballot; at least 1.</param>
    /// <param name="levelCount">Levels of the widest column, 1…<see cref="MarkCodes.MaxLevelCount"/>.</param>
    /// <param name="counts"><c>columnCount × (levelCount + 2)</c> counters, added to: blank, levels, void.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together.</exception>
    public static void Count(ReadOnlySpan<byte> marks, int columnCount, int levelCount, Span<long> counts)
    {
        MarkMatrixShape.Validate(marks.Length, columnCount, levelCount, counts.Length);
        if (levelCount > VectorMarkCounter.MaxLevelCount)
        {
            ScalarMarkCounter.Count(marks, columnCount, levelCount, counts);
        }
        else if (Vector512.IsHardwareAccelerated)
        {
            if (RowMarkCounter.Takes(columnCount, marks.Length / columnCount, levelCount, Vector512<byte>.Count))
            {
                RowMarkCounter.Count<ByteLanes512, Vector512<byte>>(marks, columnCount, levelCount, counts);
            }
            else
            {
                VectorMarkCounter.Count<ByteLanes512, Vector512<byte>>(marks, columnCount, levelCount, counts);
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            if (RowMarkCounter.Takes(columnCount, marks.Length / columnCount, levelCount, Vector256<byte>.Count))
            {
                RowMarkCounter.Count<ByteLanes256, Vector256<byte>>(marks, columnCount, levelCount, counts);
            }
            else
            {
                VectorMarkCounter.Count<ByteLanes256, Vector256<byte>>(marks, columnCount, levelCount, counts);
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            if (RowMarkCounter.Takes(columnCount, marks.Length / columnCount, levelCount, Vector128<byte>.Count))
            {
                RowMarkCounter.Count<ByteLanes128, Vector128<byte>>(marks, columnCount, levelCount, counts);
            }
            else
            {
                VectorMarkCounter.Count<ByteLanes128, Vector128<byte>>(marks, columnCount, levelCount, counts);
            }
        }
        else
        {
            ScalarMarkCounter.Count(marks, columnCount, levelCount, counts);
        }
    }

    /// <summary>Gets the name of the path <see cref="Count"/> takes for matrices of up to 32 levels on this machine, for reports and benchmarks.</summary>
    public static string VectorPath
        => Vector512.IsHardwareAccelerated ? "Vector512"
            : Vector256.IsHardwareAccelerated ? "Vector256"
            : Vector128.IsHardwareAccelerated ? "Vector128"
            : "scalar";
}
