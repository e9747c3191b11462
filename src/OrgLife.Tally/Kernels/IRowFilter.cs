namespace OrgLife.Tally.Kernels;

/// <summary>
/// Decides which rows <see cref="FilteredRowCounter"/> counts, from each row's histogram of the codes in its filtered
/// lanes, which the kernel makes in its own pass over the rows, up to <see cref="FilteredRowCounter.ChunkRows"/> rows at
/// a time. Implemented by structs, so the kernel is specialized per filter.
/// </summary>
internal interface IRowFilter
{
    /// <summary>Returns the rows of a chunk that are not counted (bit <c>r</c>: row <c>r</c> of the chunk); the filter records why.</summary>
    /// <param name="histograms">
    /// Code-major, <see cref="FilteredRowCounter.ChunkRows"/> bytes per code: <c>histograms[c × ChunkRows + r]</c> is how
    /// many filtered lanes of row <c>r</c> hold code <c>c</c>, for codes 0…n (n the filtered level count given to the
    /// kernel); then, at code n + 1, how many hold a code above n. Told that the filter needs no blanks, the kernel leaves
    /// the entries of code 0 and code n + 1 unwritten.
    /// </param>
    /// <param name="rows">The chunk's rows, 1…<see cref="FilteredRowCounter.ChunkRows"/>.</param>
    /// <param name="firstRow">The index of the chunk's first row in the matrix given to the kernel.</param>
    ulong Refuse(ReadOnlySpan<byte> histograms, int rows, int firstRow);
}
