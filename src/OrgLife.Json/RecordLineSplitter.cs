namespace OrgLife.Json;

/// <summary>
/// Cuts a byte stream into lines, each to be read as a record (<see cref="UnreadRecordLine.Read"/>): holds at most one
/// line of <see cref="RecordReader.MaxLineBytes"/> (plus a CR) besides the lines it returns; a longer line is rejected
/// by its number and skipped without being held whole.
/// </summary>
internal sealed class RecordLineSplitter
{
    private readonly MemoryStream line = new();
    private long number;
    private bool tooLong;

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The lines <paramref name="bytes"/> completes, cut but not read.</summary>
    public List<UnreadRecordLine> Add(ReadOnlySpan<byte> bytes)
    {
        var done = new List<UnreadRecordLine>();
        while (true)
        {
            var newline = bytes.IndexOf((byte)'\n');
            if (newline < 0)
            {
                Append(bytes);
                return done;
            }

            // A line wholly in these bytes is copied once, straight to its own array; one begun in earlier bytes is
            // completed in the buffer.
            UnreadRecordLine? result;
            if (line.Length == 0 && !tooLong)
            {
                result = Complete(bytes[..newline], newline > RecordReader.MaxLineBytes + 1);
            }
            else
            {
                Append(bytes[..newline]);
                result = Complete(line.GetBuffer().AsSpan(0, (int)line.Length), tooLong);
                line.SetLength(0);
                tooLong = false;
            }

            if (result is not null)
            {
                done.Add(result);
            }

            bytes = bytes[(newline + 1)..];
        }
    }

    /// <summary>The last line, when the input does not end with a line break.</summary>
    public UnreadRecordLine? Finish() => line.Length > 0 || tooLong ? Complete(line.GetBuffer().AsSpan(0, (int)line.Length), tooLong) : null;

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

    /// <summary>The line of <paramref name="content"/> (its line break cut), numbered; null when it is blank.</summary>
    private UnreadRecordLine? Complete(ReadOnlySpan<byte> content, bool wasTooLong)
    {
        number++;
        // A byte-order mark opens the file, or a line where two files were concatenated.
        if (content.StartsWith(Bom))
        {
            content = content[Bom.Length..];
        }

        if (content.EndsWith((ReadOnlySpan<byte>)[(byte)'\r']))
        {
            content = content[..^1];
        }

        return wasTooLong || content.Length > RecordReader.MaxLineBytes ? new UnreadRecordLine(number, null)
            : IsBlank(content) ? null
            : new UnreadRecordLine(number, content.ToArray());
    }

    private static bool IsBlank(ReadOnlySpan<byte> content) => content.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r']).IsEmpty;
}
