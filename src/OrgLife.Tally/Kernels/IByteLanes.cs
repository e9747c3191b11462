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

    /// <summary>Returns the lane-wise (wrapping) sum of two registers.</summary>
    static abstract TVector Add(TVector left, TVector right);

    /// <summary>Returns <paramref name="counters"/> plus one in every lane where <paramref name="marks"/> equals <paramref name="code"/>.</summary>
    static abstract TVector AddMatches(TVector counters, TVector marks, byte code);
}
