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
    public UnreadRecordLine? Finish() => line.Length > 0 || tooLong ? Complete() : null;

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

    private UnreadRecordLine? Complete()
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
        var result = wasTooLong ? new UnreadRecordLine(number, null)
            : IsBlank(content) ? null
            : new UnreadRecordLine(number, content.ToArray());
        line.SetLength(0);
        tooLong = false;
        return result;
    }

    private static bool IsBlank(ReadOnlySpan<byte> content) => content.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r']).IsEmpty;
}
