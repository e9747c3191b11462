using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

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
    public static Vector128<byte> Broadcast(Vector128<byte> lane) => lane;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Add(Vector128<byte> left, Vector128<byte> right) => unchecked(left + right);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Subtract(Vector128<byte> left, Vector128<byte> right) => unchecked(left - right);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Min(Vector128<byte> left, Vector128<byte> right) => Vector128.Min(left, right);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Lookup16(Vector128<byte> table, Vector128<byte> index)
        => Ssse3.IsSupported ? Ssse3.Shuffle(table, index) : AdvSimd.Arm64.IsSupported ? AdvSimd.Arm64.VectorTableLookup(table, index) : Vector128.Shuffle(table, index);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Equal(Vector128<byte> left, Vector128<byte> right) => Vector128.Equals(left, right);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong TopBits(Vector128<byte> value) => value.ExtractMostSignificantBits();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> LowNibbles(Vector128<byte> value) => value & Vector128.Create((byte)0x0F);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> HighNibbles(Vector128<byte> value)
        => Vector128.ShiftRightLogical(value.AsUInt16(), 4).AsByte() & Vector128.Create((byte)0x0F);
}
