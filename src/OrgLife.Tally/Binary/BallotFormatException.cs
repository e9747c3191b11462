using System.Globalization;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// A binary ballot file is malformed: the message names the byte offset, the field and the reason. The reason is data
/// (<see cref="Text"/>) like a skipped block's: <see cref="Exception.Message"/> is English, <see cref="MessageIn"/>
/// renders the whole message in the caller's culture.
/// </summary>
public sealed class BallotFormatException : FormatException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="reason">What is wrong (kept as given in every culture).</param>
    /// <param name="offset">The byte offset in the file of the block or field at fault.</param>
    /// <param name="field">The field at fault, e.g. "candidate count".</param>
    public BallotFormatException(string reason, long offset, string field)
        : this(new TallyMessage("Binary.Given", ("reason", reason)), offset, field)
    {
    }

    internal BallotFormatException(TallyMessage reason, long offset, string field)
        : base(Whole(reason, offset, field).ToString())
    {
        Offset = offset;
        Field = field;
        Text = reason;
    }

    /// <summary>Gets the byte offset in the file of the block or field at fault.</summary>
    public long Offset { get; }

    /// <summary>Gets the name of the field at fault (a name of the format, not translated).</summary>
    public string Field { get; }

    /// <summary>Gets what is wrong, without the offset and field, in either culture.</summary>
    public TallyMessage Text { get; }

    /// <summary>Gets what is wrong, without the offset and field, in English.</summary>
    public string Reason => Text.ToString();

    /// <summary>The whole message (offset, field and reason) in <paramref name="culture"/> (Simplified Chinese for any <c>zh</c> culture).</summary>
    /// <param name="culture">The caller's culture.</param>
    public string MessageIn(CultureInfo culture) => Whole(Text, Offset, Field).In(culture);

    private static TallyMessage Whole(TallyMessage reason, long offset, string field)
        => new("Binary.Fatal", ("offset", offset), ("field", field), ("reason", reason));
}
