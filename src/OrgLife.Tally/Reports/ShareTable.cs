namespace OrgLife.Tally.Reports;

/// <summary>
/// A level's share of the valid marks, <c>(decimal)count / valid</c>, from a table for the small totals of a branch's
/// columns: a report holds a share per level, column and voter category, and decimal division costs more than the
/// rest of the report. Each row of the table is that very division, made once (on first use) and shared by threads.
/// </summary>
internal static class ShareTable
{
    /// <summary>The largest total of valid marks with a row in the table.</summary>
    internal const int MaxTabledValid = 256;

    private static readonly decimal[]?[] Rows = new decimal[]?[MaxTabledValid + 1];

    /// <summary>The share of <paramref name="count"/> in <paramref name="valid"/> marks: 0 when there are none.</summary>
    internal static decimal Of(long count, long valid)
    {
        if (valid == 0)
        {
            return 0m;
        }

        if (unchecked((ulong)valid > MaxTabledValid || (ulong)count > (ulong)valid))
        {
            return Divide(count, valid);
        }

        var row = Volatile.Read(ref Rows[valid]) ?? Fill(valid);
        return row[count];
    }

    /// <summary>The reference: the division itself.</summary>
    internal static decimal Divide(long count, long valid) => valid == 0 ? 0m : (decimal)count / valid;

    // A row is published whole; two threads filling the same row at once make equal rows.
    private static decimal[] Fill(long valid)
    {
        var row = new decimal[valid + 1];
        for (var count = 0; count <= valid; count++)
        {
            row[count] = Divide(count, valid);
        }

        Volatile.Write(ref Rows[valid], row);
        return row;
    }
}
