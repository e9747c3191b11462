using System.Globalization;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Excel;

/// <summary>A sheet row skipped as malformed (the row alone; everything else is counted).</summary>
/// <param name="Row">The 1-based row number in the sheet, as Excel shows it.</param>
/// <param name="Text">Why the row was skipped, in either culture.</param>
public sealed record XlsxRowError(long Row, TallyMessage Text)
{
    /// <summary>Why the row was skipped, in English.</summary>
    public string Reason => Text.ToString();

    /// <summary>Why the row was skipped, in <paramref name="culture"/> (Simplified Chinese for any <c>zh</c> culture).</summary>
    /// <param name="culture">The caller's culture.</param>
    public string MessageIn(CultureInfo culture) => Text.In(culture);

    /// <inheritdoc />
    public override string ToString() => $"row {Row}: {Reason}";
}
