namespace OrgLife.Partials;

/// <summary>How <see cref="PartialParquet"/> writes a file. Immutable.</summary>
public sealed record PartialParquetOptions
{
    /// <summary>The default rows per row group: 131,072 (DuckDB writes 122,880; Spark and Doris read either).</summary>
    public const int DefaultRowGroupRows = 1 << 17;

    /// <summary>The options the writer uses when none are given.</summary>
    public static PartialParquetOptions Default { get; } = new();

    /// <summary>
    /// Rows per row group, at least 1: the writer holds at most this many rows (plus the rows of the one partial being
    /// cut) before writing them out, so its memory is bounded by this size, not by the file's.
    /// </summary>
    public int RowGroupRows
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = DefaultRowGroupRows;
}
