using System.Globalization;

namespace OrgLife.Tally.Excel;

/// <summary>Cell values as the text a CSV field would hold: exact for whole numbers, invariant culture, trimmed.</summary>
internal static class SheetCells
{
    // Whole numbers up to 2^53 are exact in a double; larger or fractional values keep their shortest round-trip text.
    private const double ExactIntegerLimit = 9007199254740992d;

    internal static string Text(object? value) => (value switch
    {
        null => string.Empty,
        string text => text,
        double number when Math.Abs(number) <= ExactIntegerLimit && number == Math.Floor(number) => ((long)number).ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    }).Trim(' ', '\t');

    /// <summary>A CSV field that reads back as <paramref name="text"/> exactly: always quoted, quotes doubled.</summary>
    internal static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
