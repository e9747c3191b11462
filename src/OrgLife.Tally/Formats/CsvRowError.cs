namespace OrgLife.Tally.Formats;

/// <summary>A CSV row that was skipped, with its 1-based line number and why. The rest of the input is still read.</summary>
/// <param name="LineNumber">The 1-based line number in the input.</param>
/// <param name="Reason">Why the row was skipped.</param>
public sealed record CsvRowError(long LineNumber, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"line {LineNumber}: {Reason}";
}
