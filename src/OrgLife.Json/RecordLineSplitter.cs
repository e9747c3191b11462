using System.Globalization;

namespace OrgLife.Json;

/// <summary>
/// Cuts a byte stream into lines and reads each as a record: holds at most one line of
/// <see cref="RecordReader.MaxLineBytes"/> (plus a CR); a longer line is rejected by its number and skipped
/// without being held whole.
/// </summary>
internal sealed class RecordLineSplitter
{
    private readonly MemoryStream line = new();
    private long number;
    private bool tooLong;

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The lines <paramref name="bytes"/> completes, read.</summary>
    public List<RecordLine> Add(ReadOnlySpan<byte> bytes)
    {
        var done = new List<RecordLine>();
        while (true)
        {
            var newline = bytes.IndexOf((byte)'\n');
            Append(newline < 0 ? bytes : bytes[..newline]);
            if (newline < 0)
            {
                return done;
            }

            if (Complete() is { } result)
            {
                done.Add(result);
            }

            bytes = bytes[(newline + 1)..];
        }
    }

    /// <summary>The last line, when the input does not end with a line break.</summary>
    public RecordLine? Finish() => line.Length > 0 || tooLong ? Complete() : null;

    private void Append(ReadOnlySpan<byte> part)
    {
        if (tooLong)
        {
            return;
        }

        // One byte of slack for the CR of a CRLF line ending.
        if (line.Length + part.Length > RecordReader.MaxLineBytes + 1)
        {
            tooLong = true;
            line.SetLength(0);
            return;
        }

        line.Write(part);
    }

    private RecordLine? Complete()
    {
        number++;
        var content = line.GetBuffer().AsSpan(0, (int)line.Length);
        // A byte-order mark opens the file, or a line where two files were concatenated.
        if (content.StartsWith(Bom))
        {
            content = content[Bom.Length..];
        }

        if (content.EndsWith((ReadOnlySpan<byte>)[(byte)'\r']))
        {
            content = content[..^1];
        }

        var wasTooLong = tooLong || content.Length > RecordReader.MaxLineBytes;
        RecordLine? result = wasTooLong
            ? new RecordLine(number, RecordReadResult.Failed(new RecordError("$", $"the line is longer than the limit of {RecordReader.MaxLineBytes.ToString(CultureInfo.InvariantCulture)} bytes (1 MiB); it was skipped")))
            : IsBlank(content) ? null
            : Utf8Text.FirstInvalid(content) is { } offset
                ? new RecordLine(number, RecordReadResult.Failed(new RecordError("$", "invalid UTF-8; the record must be UTF-8 text", null, offset + 1)))
                : new RecordLine(number, RecordReader.Parse(content));
        line.SetLength(0);
        tooLong = false;
        return result;
    }

    private static bool IsBlank(ReadOnlySpan<byte> content) => content.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r']).IsEmpty;
}
