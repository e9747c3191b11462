using System.Globalization;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Formats;

/// <summary>
/// An input the tally cannot read at all, so nothing of it is counted: an empty CSV, a header with an unknown, repeated
/// or missing column, rows apart in input too large to regroup, a workbook that cannot be read or a sheet without a
/// usable header row. The readers throw <see cref="InvalidDataException"/> for these, as documented; its
/// <see cref="Exception.Message"/> is the English text and the message itself travels with it as data
/// (<see cref="TallyText"/>), so <see cref="MessageIn"/> renders it in the caller's culture like the row errors'.
/// A bad row is never this: it is skipped and told alone (<see cref="CsvRowError"/>).
/// </summary>
public static class TallyInputErrors
{
    // InvalidDataException is sealed, so the message rides in Exception.Data under this key.
    private const string DataKey = "OrgLife.Tally.Message";

    /// <summary>Why the input cannot be read, in either culture; null when the exception is not one of the tally readers'.</summary>
    /// <param name="exception">An exception thrown by a tally reader.</param>
    public static TallyMessage? TallyText(this InvalidDataException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Data[DataKey] as TallyMessage;
    }

    /// <summary>
    /// Why the input cannot be read, in <paramref name="culture"/> (Simplified Chinese for any <c>zh</c> culture); the
    /// exception's own message when it carries no tally message.
    /// </summary>
    /// <param name="exception">An exception thrown by a tally reader.</param>
    /// <param name="culture">The caller's culture.</param>
    public static string MessageIn(this InvalidDataException exception, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return exception.TallyText()?.In(culture) ?? exception.Message;
    }

    /// <summary>The exception a reader throws for <paramref name="text"/>: its English text as the message, the text as data.</summary>
    internal static InvalidDataException Create(TallyMessage text, Exception? innerException = null)
    {
        var exception = new InvalidDataException(text.ToString(), innerException);
        exception.Data[DataKey] = text;
        return exception;
    }
}
