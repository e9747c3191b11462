using System.Globalization;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Formats;

/// <summary>
/// An input the tally cannot read at all, so nothing of it is counted: an empty CSV, a header with an unknown, repeated
/// or missing column, rows apart in input too large to regroup, a workbook that cannot be read or a sheet without a
/// usable header row. The message is data (<see cref="Text"/>) like the row errors': <see cref="Exception.Message"/> is
/// its English text, <see cref="MessageIn"/> renders it in the caller's culture. A bad row is never this: it is skipped
/// and told alone (<see cref="CsvRowError"/>). A <see cref="FormatException"/> (as the binary reader's
/// <c>BallotFormatException</c>), since <see cref="InvalidDataException"/>, which the readers threw before, is sealed.
/// </summary>
public sealed class TallyInputException : FormatException
{
    internal TallyInputException(TallyMessage text, Exception? innerException = null)
        : base(text.ToString(), innerException)
        => Text = text;

    /// <summary>Why the input cannot be read, in either culture.</summary>
    public TallyMessage Text { get; }

    /// <summary>Why the input cannot be read, in <paramref name="culture"/> (Simplified Chinese for any <c>zh</c> culture).</summary>
    /// <param name="culture">The caller's culture.</param>
    public string MessageIn(CultureInfo culture) => Text.In(culture);
}
