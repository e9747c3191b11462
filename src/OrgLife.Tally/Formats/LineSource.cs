namespace OrgLife.Tally.Formats;

/// <summary>
/// Splits a <see cref="TextReader"/> into lines without allocating per line: a bounded char buffer, refilled in
/// blocks. A line longer than <see cref="MaxLineLength"/> is reported as over-long and skipped to its end, so
/// memory stays bounded whatever the input.
/// </summary>
internal sealed class LineSource(TextReader reader)
{
    internal const int MaxLineLength = 1 << 20;

    private char[] buffer = new char[1 << 16];
    private int start;
    private int end;
    private bool endOfInput;

    /// <summary>The 1-based number of the line returned last.</summary>
    internal long LineNumber { get; private set; }

    /// <summary>Reads the next line (without its line break); false at the end of the input.</summary>
    /// <param name="line">The line, valid until the next call.</param>
    /// <param name="overlong">True when the line was longer than <see cref="MaxLineLength"/> and was dropped.</param>
    internal bool TryReadLine(out ReadOnlySpan<char> line, out bool overlong)
    {
        overlong = false;
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf('\n');
            if (newline >= 0)
            {
                line = TrimCarriageReturn(buffer.AsSpan(start, newline));
                start += newline + 1;
                LineNumber++;
                return true;
            }

            if (endOfInput)
            {
                if (start == end)
                {
                    line = default;
                    return false;
                }

                line = TrimCarriageReturn(buffer.AsSpan(start, end - start));
                start = end;
                LineNumber++;
                return true;
            }

            if (end - start >= MaxLineLength)
            {
                // Drop what we have of this line and discard until its end.
                overlong = true;
                start = end = 0;
                SkipToNextLine();
                line = default;
                LineNumber++;
                return true;
            }

            Fill();
        }
    }

    private static ReadOnlySpan<char> TrimCarriageReturn(ReadOnlySpan<char> line) =>
        line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;

    private void Fill()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxLineLength + 1));
        }

        var read = reader.Read(buffer.AsSpan(end));
        end += read;
        endOfInput = read == 0;
    }

    private void SkipToNextLine()
    {
        while (true)
        {
            var read = reader.Read(buffer);
            if (read == 0)
            {
                endOfInput = true;
                return;
            }

            var newline = buffer.AsSpan(0, read).IndexOf('\n');
            if (newline >= 0)
            {
                start = newline + 1;
                end = read;
                return;
            }
        }
    }
}
