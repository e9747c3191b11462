namespace OrgLife.Tally.Kernels;

/// <summary>
/// Decides which rows <see cref="PairedRowCounter"/> counts, from how many filtered lanes of each row hold each of two
/// codes the filter names (the compares the kernel makes in its own pass), up to <see cref="FilteredRowCounter.ChunkRows"/>
/// rows at a time; the filter may read the chunk's rows themselves for the few it must look at closer. Implemented by
/// structs, so the kernel is specialized per filter.
/// </summary>
internal interface IPairRowFilter
{
    /// <summary>The two codes to count per row (each 1…the level count), chosen once before the first row.</summary>
    /// <param name="rows">The rows to count, row-major (at least one).</param>
    (byte First, byte Second) Codes(ReadOnlySpan<byte> rows);

    /// <summary>Returns the rows of a chunk that are not counted (bit <c>r</c>: row <c>r</c> of the chunk); the filter records why.</summary>
    /// <param name="firstCounts">Per row of the chunk, how many filtered lanes hold <paramref name="first"/>: <see cref="FilteredRowCounter.ChunkRows"/> entries, those past the chunk's rows unspecified.</param>
    /// <param name="secondCounts">Per row of the chunk, how many filtered lanes hold <paramref name="second"/>, likewise.</param>
    /// <param name="first">The first code, as <see cref="Codes"/> chose it for these rows.</param>
    /// <param name="second">The second code.</param>
    /// <param name="rows">The chunk's rows, row-major.</param>
    /// <param name="rowCount">How many rows the chunk has, 1…<see cref="FilteredRowCounter.ChunkRows"/>.</param>
    /// <param name="firstRow">The index of the chunk's first row in the matrix given to the kernel.</param>
    ulong Refuse(ReadOnlySpan<byte> firstCounts, ReadOnlySpan<byte> secondCounts, byte first, byte second, ReadOnlySpan<byte> rows, int rowCount, int firstRow);
}
