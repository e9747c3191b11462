namespace OrgLife.Tally.Excel;

/// <summary>A sheet row skipped as malformed (the row alone; everything else is counted).</summary>
/// <param name="Row">The 1-based row number in the sheet, as Excel shows it.</param>
/// <param name="Reason">Why the row was skipped.</param>
public sealed record XlsxRowError(long Row, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"row {Row}: {Reason}";
}
