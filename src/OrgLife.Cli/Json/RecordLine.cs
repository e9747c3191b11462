using System.Globalization;

namespace OrgLife.Cli.Json;

/// <summary>
/// One non-blank line of a .jsonl file, cut from the input (byte-order mark and line ending removed) but not yet read,
/// so that lines can be read on several threads; immutable.
/// </summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Content">The line's bytes; null when the line was longer than <see cref="RecordFiles.MaxLineBytes"/> and skipped unread.</param>
internal sealed record RecordLine(long Number, byte[]? Content)
{
    /// <summary>What the line holds: a record, or why it was rejected (too long, invalid UTF-8, not a record). Thread safe.</summary>
    public RecordReadResult Read()
        => Content is null
            ? RecordReadResult.Failed(new RecordError("$", $"the line is longer than the limit of {RecordFiles.MaxLineBytes.ToString(CultureInfo.InvariantCulture)} bytes (1 MiB); it was skipped"))
            : Utf8Text.FirstInvalid(Content) is { } offset
                ? RecordReadResult.Failed(new RecordError("$", "invalid UTF-8; the record must be UTF-8 text", null, offset + 1))
                : RecordReader.Read(Content);
}
