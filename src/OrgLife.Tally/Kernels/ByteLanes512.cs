using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
    public static Vector512<byte> Broadcast(Vector128<byte> lane) => Vector512.Create(Vector256.Create(lane, lane), Vector256.Create(lane, lane));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Add(Vector512<byte> left, Vector512<byte> right) => unchecked(left + right);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Subtract(Vector512<byte> left, Vector512<byte> right) => unchecked(left - right);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Min(Vector512<byte> left, Vector512<byte> right) => Vector512.Min(left, right);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Lookup16(Vector512<byte> table, Vector512<byte> index)
        => Avx512BW.IsSupported ? Avx512BW.Shuffle(table, index) : Vector512.Shuffle(table, index);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Equal(Vector512<byte> left, Vector512<byte> right) => Vector512.Equals(left, right);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong TopBits(Vector512<byte> value) => value.ExtractMostSignificantBits();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> LowNibbles(Vector512<byte> value) => value & Vector512.Create((byte)0x0F);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> HighNibbles(Vector512<byte> value)
        => Vector512.ShiftRightLogical(value.AsUInt16(), 4).AsByte() & Vector512.Create((byte)0x0F);
}
