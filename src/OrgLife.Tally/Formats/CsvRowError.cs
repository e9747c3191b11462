using System.Globalization;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Formats;

/// <summary>A CSV row that was skipped, with its 1-based line number and why. The rest of the input is still read.</summary>
/// <param name="LineNumber">The 1-based line number in the input.</param>
/// <param name="Text">Why the row was skipped, in either culture.</param>
public sealed record CsvRowError(long LineNumber, TallyMessage Text)
{
    /// <summary>Why the row was skipped, in English.</summary>
    public string Reason => Text.ToString();

    /// <summary>Why the row was skipped, in <paramref name="culture"/> (Simplified Chinese for any <c>zh</c> culture).</summary>
    /// <param name="culture">The caller's culture.</param>
    public string MessageIn(CultureInfo culture) => Text.In(culture);

    /// <inheritdoc />
    public override string ToString() => $"line {LineNumber}: {Reason}";
}
