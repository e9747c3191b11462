using System.Globalization;

namespace OrgLife.Json;

/// <summary>
/// One non-blank line of a <c>.jsonl</c> input, cut from the stream (byte-order mark and line ending removed) but not
/// yet read, so that a pipeline can read lines on several threads and keep their order
/// (<see cref="RecordReader.CutLines(Stream)"/>). Immutable; <see cref="Read"/> is thread safe.
/// </summary>
public sealed class UnreadRecordLine
{
    private readonly byte[]? content;

    internal UnreadRecordLine(long line, byte[]? content)
    {
        Line = line;
        this.content = content;
    }

    /// <summary>The 1-based line number in the input (blank lines counted, never returned).</summary>
    public long Line { get; }

    /// <summary>
    /// Reads the line: the record it holds, or why it was rejected (longer than <see cref="RecordReader.MaxLineBytes"/>,
    /// invalid UTF-8, not a record) — exactly what <see cref="RecordReader.ReadLines(Stream)"/> returns for it.
    /// </summary>
    public RecordLine Read()
        => new(Line, content is null
            ? RecordReadResult.Failed(new RecordError("$", $"the line is longer than the limit of {RecordReader.MaxLineBytes.ToString(CultureInfo.InvariantCulture)} bytes (1 MiB); it was skipped"))
            : Utf8Text.FirstInvalid(content) is { } offset
                ? RecordReadResult.Failed(new RecordError("$", "invalid UTF-8; the record must be UTF-8 text", null, offset + 1))
                : RecordReader.Parse(content));
}
