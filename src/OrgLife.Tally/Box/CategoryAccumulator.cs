using System.Buffers;
using OrgLife.Tally.Kernels;

namespace OrgLife.Tally.Box;

/// <summary>
/// The accepted ballots of one voter category: a bounded block of encoded rows, counted with
/// <see cref="MarkCounter"/> whenever it fills and when the box is tallied, so memory stays bounded and
/// each accepted row is counted exactly once (rows are cleared from the block as they are counted).
/// </summary>
internal sealed class CategoryAccumulator
{
    private readonly ColumnLayout layout;
    private readonly int blockRows;
    private byte[]? block;
    private int rows;

    internal CategoryAccumulator(ColumnLayout layout, int blockRows)
    {
        this.layout = layout;
        this.blockRows = blockRows;
        Counts = new long[layout.CounterCount];
    }

    /// <summary>Counts so far, excluding the rows still in the block.</summary>
    internal long[] Counts { get; }

    /// <summary>Ballots accepted in this category, counted or still in the block.</summary>
    internal long Accepted { get; private set; }

    /// <summary>Starts a new all-blank row and returns it; counts the block first when it is full.</summary>
    internal Span<byte> StartRow()
    {
        var width = layout.RowBytes;
        if (width == 0)
        {
            return [];
        }

        if (block is null)
        {
            block = ArrayPool<byte>.Shared.Rent(checked(blockRows * width));
        }
        else if (rows == blockRows)
        {
            CountBlock();
        }

        var row = block.AsSpan(rows * width, width);
        row.Fill(MarkCodes.Blank);
        return row;
    }

    /// <summary>The row started last, for further marks of the same ballot.</summary>
    internal Span<byte> CurrentRow => layout.ColumnCount == 0 ? [] : block.AsSpan(rows * layout.RowBytes, layout.RowBytes);

    /// <summary>Accepts the row started last.</summary>
    internal void CommitRow()
    {
        if (layout.ColumnCount > 0)
        {
            rows++;
        }

        Accepted++;
    }

    /// <summary>Counts already-coded one-byte rows straight from the caller's memory; the layout has at least one column and is not wide.</summary>
    internal void CountCoded(ReadOnlySpan<byte> codedRows)
    {
        MarkCounter.Count(codedRows, layout.ColumnCount, layout.WidestLevelCount, Counts);
        Accepted += codedRows.Length / layout.ColumnCount;
    }

    /// <summary>
    /// Counts the already-coded one-byte rows that <paramref name="filter"/> accepts, straight from the caller's memory, in
    /// one pass of <see cref="FilteredRowCounter"/> (the shape must be one it <see cref="FilteredRowCounter.Takes"/>);
    /// returns how many it counted.
    /// </summary>
    internal int CountCodedFiltered<TFilter>(ReadOnlySpan<byte> codedRows, ulong lanes, int filteredLevels, bool blanks, ref TFilter filter)
        where TFilter : struct, IRowFilter
    {
        var counted = FilteredRowCounter.Count(codedRows, layout.ColumnCount, layout.WidestLevelCount, Counts, lanes, filteredLevels, blanks, ref filter);
        Accepted += counted;
        return counted;
    }

    /// <summary>
    /// Counts the already-coded one-byte rows that <paramref name="filter"/> accepts, straight from the caller's memory, in
    /// one pass of <see cref="PairedRowCounter"/> (the shape must be one <see cref="FilteredRowCounter.Takes"/>); returns
    /// how many it counted.
    /// </summary>
    internal int CountCodedPaired<TFilter>(ReadOnlySpan<byte> codedRows, ulong lanes, ref TFilter filter)
        where TFilter : struct, IPairRowFilter
    {
        var counted = PairedRowCounter.Count(codedRows, layout.ColumnCount, layout.WidestLevelCount, Counts, lanes, ref filter);
        Accepted += counted;
        return counted;
    }

    /// <summary>Counts the rows in the block and gives the block back to the pool.</summary>
    internal void Flush()
    {
        if (block is null)
        {
            return;
        }

        CountBlock();
        ArrayPool<byte>.Shared.Return(block);
        block = null;
    }

    private void CountBlock()
    {
        var encoded = block.AsSpan(0, rows * layout.RowBytes);
        if (layout.IsWide)
        {
            WideMarkCounter.Count(encoded, layout.ColumnCount, layout.WidestLevelCount, Counts);
        }
        else
        {
            MarkCounter.Count(encoded, layout.ColumnCount, layout.WidestLevelCount, Counts);
        }

        rows = 0;
    }
}
