using System.Runtime.Intrinsics;

namespace OrgLife.Tally.Kernels;

/// <summary>
/// One SIMD register width of byte lanes. The vector kernel is written once against this interface and the JIT
/// specializes it per width (the implementations are structs), so the 128-, 256- and 512-bit paths share one text.
/// </summary>
/// <typeparam name="TVector">The register type, e.g. <c>Vector256&lt;byte&gt;</c>.</typeparam>
internal interface IByteLanes<TVector>
    where TVector : unmanaged
{
    /// <summary>Gets the number of byte lanes of one register.</summary>
    static abstract int Width { get; }

    /// <summary>Gets a value indicating whether this width runs on real hardware rather than in software.</summary>
    static abstract bool IsHardwareAccelerated { get; }

    /// <summary>Loads <see cref="Width"/> bytes from any address (no alignment required).</summary>
    static abstract TVector Load(ref byte source);

    /// <summary>Stores <see cref="Width"/> bytes to any address.</summary>
    static abstract void Store(TVector value, ref byte destination);

    /// <summary>Returns a register holding <paramref name="lane"/> in each of its 16-byte lanes.</summary>
    static abstract TVector Broadcast(Vector128<byte> lane);

    /// <summary>Returns the lane-wise (wrapping) sum of two registers.</summary>
    static abstract TVector Add(TVector left, TVector right);

    /// <summary>Returns the lane-wise (wrapping) difference of two registers.</summary>
    static abstract TVector Subtract(TVector left, TVector right);

    /// <summary>Returns the lane-wise unsigned minimum of two registers.</summary>
    static abstract TVector Min(TVector left, TVector right);

    /// <summary>
    /// Returns <c>table[index]</c> per lane, for indices 0…15 and a <paramref name="table"/> that repeats the same 16 bytes
    /// in every 16-byte lane (so the in-lane byte shuffle and a full-width one agree).
    /// </summary>
    static abstract TVector Lookup16(TVector table, TVector index);

    /// <summary>Returns all ones in the lanes where <paramref name="left"/> equals <paramref name="right"/>, zero elsewhere.</summary>
    static abstract TVector Equal(TVector left, TVector right);

    /// <summary>Returns the top bit of every lane as one bit each (bit <c>i</c> for lane <c>i</c>).</summary>
    static abstract ulong TopBits(TVector value);

    /// <summary>Returns the low four bits of every byte.</summary>
    static abstract TVector LowNibbles(TVector value);

    /// <summary>Returns the high four bits of every byte, shifted down to 0…15.</summary>
    static abstract TVector HighNibbles(TVector value);
}
