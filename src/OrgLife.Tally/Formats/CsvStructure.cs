using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace OrgLife.Tally.Formats;

/// <summary>
/// Finds the bytes that give a CSV line its structure — comma, double quote, line feed — 64 at a time, as a bit mask
/// (bit i set when byte i is one of them). The vector path (Vector512, Vector256 or Vector128, whichever the hardware
/// runs) and <see cref="ScalarMask"/>, the plain reference, give the same mask; a property test binds the two.
/// </summary>
internal static class CsvStructure
{
    /// <summary>The bytes one mask covers.</summary>
    internal const int BlockBytes = 64;

    /// <summary>The structural mask of the 64 bytes at <paramref name="offset"/>; the array must hold them all.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Mask(byte[] buffer, int offset)
    {
        ref var at = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(buffer), (nint)(uint)offset);
        if ((uint)offset > (uint)(buffer.Length - BlockBytes))
        {
            ThrowOutside();
        }

        if (Vector512.IsHardwareAccelerated)
        {
            return Matches(Vector512.LoadUnsafe(ref at)).ExtractMostSignificantBits();
        }

        if (Vector256.IsHardwareAccelerated)
        {
            var low = (ulong)Matches(Vector256.LoadUnsafe(ref at)).ExtractMostSignificantBits();
            var high = (ulong)Matches(Vector256.LoadUnsafe(ref at, 32)).ExtractMostSignificantBits();
            return low | (high << 32);
        }

        if (Vector128.IsHardwareAccelerated)
        {
            var mask = 0UL;
            for (var part = 0; part < 4; part++)
            {
                mask |= (ulong)Matches(Vector128.LoadUnsafe(ref at, (nuint)(part * 16))).ExtractMostSignificantBits() << (part * 16);
            }

            return mask;
        }

        return ScalarMask(buffer.AsSpan(offset, BlockBytes));
    }

    /// <summary>The reference: one byte at a time.</summary>
    internal static ulong ScalarMask(ReadOnlySpan<byte> block)
    {
        var mask = 0UL;
        for (var i = 0; i < block.Length && i < BlockBytes; i++)
        {
            if (block[i] is (byte)',' or (byte)'"' or (byte)'\n')
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }

    private static Vector512<byte> Matches(Vector512<byte> bytes) =>
        Vector512.Equals(bytes, Vector512.Create((byte)',')) | Vector512.Equals(bytes, Vector512.Create((byte)'"')) | Vector512.Equals(bytes, Vector512.Create((byte)'\n'));

    private static Vector256<byte> Matches(Vector256<byte> bytes) =>
        Vector256.Equals(bytes, Vector256.Create((byte)',')) | Vector256.Equals(bytes, Vector256.Create((byte)'"')) | Vector256.Equals(bytes, Vector256.Create((byte)'\n'));

    private static Vector128<byte> Matches(Vector128<byte> bytes) =>
        Vector128.Equals(bytes, Vector128.Create((byte)',')) | Vector128.Equals(bytes, Vector128.Create((byte)'"')) | Vector128.Equals(bytes, Vector128.Create((byte)'\n'));

    private static void ThrowOutside() => throw new ArgumentOutOfRangeException("offset", "The 64 bytes of a mask must lie inside the buffer.");
}
