using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OrgLife.Tally.Kernels;

/// <summary>The 512-bit byte lanes of the vector kernel.</summary>
internal readonly struct ByteLanes512 : IByteLanes<Vector512<byte>>
{
    /// <inheritdoc/>
    public static int Width => Vector512<byte>.Count;

    /// <inheritdoc/>
    public static bool IsHardwareAccelerated => Vector512.IsHardwareAccelerated;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Load(ref byte source) => Vector512.LoadUnsafe(ref source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector512<byte> value, ref byte destination) => value.StoreUnsafe(ref destination);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Add(Vector512<byte> left, Vector512<byte> right) => unchecked(left + right);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> AddMatches(Vector512<byte> counters, Vector512<byte> marks, byte code)
        => unchecked(counters - Vector512.Equals(marks, Vector512.Create(code))); // a match is all ones, i.e. −1
}
