using System.Text.Unicode;

namespace OrgLife.Tally.Formats;

/// <summary>
/// Splits text into lines without allocating per line: a bounded char buffer, refilled in blocks, either from a
/// <see cref="TextReader"/> or straight from UTF-8 bytes of a <see cref="Stream"/> (decoded into the line buffer
/// with no intermediate copy; invalid sequences become U+FFFD). A line longer than <see cref="MaxLineLength"/> is
/// reported as over-long and skipped to its end, so memory stays bounded whatever the input.
/// </summary>
internal sealed class LineSource
{
    internal const int MaxLineLength = 1 << 20;

    private readonly TextReader? reader;
    private readonly Stream? stream;
    private readonly byte[] bytes = [];
    private int byteStart;
    private int byteEnd;
    private bool streamEnded;
    private char[] buffer = new char[1 << 16];
    private int start;
    private int end;
    private bool endOfInput;

    /// <summary>Reads lines from decoded text.</summary>
    internal LineSource(TextReader reader) => this.reader = reader;

    /// <summary>Reads lines from UTF-8 bytes.</summary>
    internal LineSource(Stream utf8)
    {
        stream = utf8;
        bytes = new byte[1 << 16];
    }

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

        // Keep room for at least a surrogate pair, so decoding always makes progress.
        if (buffer.Length - end < 2)
        {
            Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxLineLength + 2));
        }

        var read = ReadChars(buffer.AsSpan(end));
        end += read;
        endOfInput = read == 0;
    }

    private void SkipToNextLine()
    {
        while (true)
        {
            var read = ReadChars(buffer);
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

    private int ReadChars(Span<char> target)
    {
        if (reader is not null)
        {
            return reader.Read(target);
        }

        while (true)
        {
            if (!streamEnded && byteEnd - byteStart < 4)
            {
                // Keep an incomplete trailing sequence and top the byte buffer up.
                bytes.AsSpan(byteStart, byteEnd - byteStart).CopyTo(bytes);
                byteEnd -= byteStart;
                byteStart = 0;
                var received = stream!.Read(bytes.AsSpan(byteEnd));
                byteEnd += received;
                streamEnded = received == 0;
            }

            // The target always has room for a surrogate pair, so this writes something unless the bytes left are
            // an incomplete sequence (refilled above on the next round) or there are none (the end).
            Utf8.ToUtf16(bytes.AsSpan(byteStart, byteEnd - byteStart), target, out var consumed, out var written, replaceInvalidSequences: true, isFinalBlock: streamEnded);
            byteStart += consumed;
            if (written > 0 || (streamEnded && byteStart == byteEnd))
            {
                return written;
            }
        }
    }
}
