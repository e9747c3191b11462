using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OrgLife.Tally.Kernels;

/// <summary>The 256-bit byte lanes of the vector kernel.</summary>
internal readonly struct ByteLanes256 : IByteLanes<Vector256<byte>>
{
    /// <inheritdoc/>
    public static int Width => Vector256<byte>.Count;

    /// <inheritdoc/>
    public static bool IsHardwareAccelerated => Vector256.IsHardwareAccelerated;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Load(ref byte source) => Vector256.LoadUnsafe(ref source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector256<byte> value, ref byte destination) => value.StoreUnsafe(ref destination);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Add(Vector256<byte> left, Vector256<byte> right) => unchecked(left + right);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> AddMatches(Vector256<byte> counters, Vector256<byte> marks, byte code)
        => unchecked(counters - Vector256.Equals(marks, Vector256.Create(code))); // a match is all ones, i.e. −1
}
