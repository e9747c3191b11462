using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
    public static Vector256<byte> Broadcast(Vector128<byte> lane) => Vector256.Create(lane, lane);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Add(Vector256<byte> left, Vector256<byte> right) => unchecked(left + right);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Subtract(Vector256<byte> left, Vector256<byte> right) => unchecked(left - right);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Min(Vector256<byte> left, Vector256<byte> right) => Vector256.Min(left, right);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Lookup16(Vector256<byte> table, Vector256<byte> index)
        => Avx2.IsSupported ? Avx2.Shuffle(table, index) : Vector256.Shuffle(table, index);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Equal(Vector256<byte> left, Vector256<byte> right) => Vector256.Equals(left, right);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong TopBits(Vector256<byte> value) => value.ExtractMostSignificantBits();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> LowNibbles(Vector256<byte> value) => value & Vector256.Create((byte)0x0F);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> HighNibbles(Vector256<byte> value)
        => Vector256.ShiftRightLogical(value.AsUInt16(), 4).AsByte() & Vector256.Create((byte)0x0F);
}
