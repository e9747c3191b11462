namespace OrgLife.Tally.Formats.Binary;

/// <summary>A binary ballot file is malformed: the message names the byte offset, the field and the reason.</summary>
public sealed class BallotFormatException : FormatException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="reason">What is wrong.</param>
    /// <param name="offset">The byte offset in the file of the block or field at fault.</param>
    /// <param name="field">The field at fault, e.g. "candidate count".</param>
    public BallotFormatException(string reason, long offset, string field)
        : base($"Binary ballot file, byte {offset}, field '{field}': {reason}")
    {
        Offset = offset;
        Field = field;
        Reason = reason;
    }

    /// <summary>Gets the byte offset in the file of the block or field at fault.</summary>
    public long Offset { get; }

    /// <summary>Gets the name of the field at fault.</summary>
    public string Field { get; }

    /// <summary>Gets what is wrong, without the offset and field.</summary>
    public string Reason { get; }
}
