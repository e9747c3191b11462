using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OrgLife.Tally.Kernels;

/// <summary>The 128-bit byte lanes of the vector kernel.</summary>
internal readonly struct ByteLanes128 : IByteLanes<Vector128<byte>>
{
    /// <inheritdoc/>
    public static int Width => Vector128<byte>.Count;

    /// <inheritdoc/>
    public static bool IsHardwareAccelerated => Vector128.IsHardwareAccelerated;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Load(ref byte source) => Vector128.LoadUnsafe(ref source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector128<byte> value, ref byte destination) => value.StoreUnsafe(ref destination);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Add(Vector128<byte> left, Vector128<byte> right) => unchecked(left + right);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> AddMatches(Vector128<byte> counters, Vector128<byte> marks, byte code)
        => unchecked(counters - Vector128.Equals(marks, Vector128.Create(code))); // a match is all ones, i.e. −1
}
