using System.Text;
using System.Text.Unicode;

namespace OrgLife.Tally.Formats;

/// <summary>
/// A bounded byte buffer of UTF-8 input, refilled in blocks, that hands out runs of whole lines. The input is a
/// <see cref="Stream"/> of UTF-8 bytes or a <see cref="TextReader"/> whose text is encoded to UTF-8 on the way in
/// (a lone surrogate becomes U+FFFD); it is not checked here (the reader checks what it cannot prove clean). A line longer than <see cref="MaxLineLength"/>
/// characters is reported as over-long and skipped to its end without being held, so memory stays bounded (about
/// 3 MiB, the most bytes a line of that many characters can take) whatever the input.
/// </summary>
internal sealed class Utf8LineBuffer
{
    /// <summary>The longest line read, in UTF-16 characters, line break excluded.</summary>
    internal const int MaxLineLength = 1 << 20;

    // The most bytes a line of MaxLineLength characters takes (3 per character), its '\r' and its '\n'. A UTF-8
    // sequence or invalid byte run of n bytes decodes to at least n / 3 characters, so more bytes than this
    // without a line feed is certainly an over-long line.
    private const int MaxHeldBytes = (3 * MaxLineLength) + 2;

    // Room after the data: a terminating '\n' for a last line without one, and whole 64-byte blocks for CsvStructure.
    private const int Padding = CsvStructure.BlockBytes + 1;

    private readonly Stream? stream;
    private readonly TextReader? reader;
    private readonly Utf8LineBuffer? rest;
    private readonly byte[] held = [];
    private readonly int heldLength;
    private int heldRead;
    private readonly char[] chars = [];
    private int pendingChars;
    private bool inputEnded;
    private int end;

    /// <summary>Reads UTF-8 bytes.</summary>
    internal Utf8LineBuffer(Stream utf8) => stream = utf8;

    /// <summary>Reads text, encoded to UTF-8 on the way in.</summary>
    internal Utf8LineBuffer(TextReader text)
    {
        reader = text;
        chars = new char[1 << 14];
    }

    /// <summary>Reads bytes already taken from an input (<see cref="Hold"/>), then the rest of that input.</summary>
    internal Utf8LineBuffer(byte[] held, int heldLength, Utf8LineBuffer rest)
    {
        this.held = held;
        this.heldLength = heldLength;
        this.rest = rest;
    }

    /// <summary>
    /// Takes the input's bytes (encoded, for text) into memory, up to just past <paramref name="limit"/>: whole when
    /// <c>Ended</c>; otherwise the first bytes, to be read on with the constructor that takes them.
    /// </summary>
    internal (byte[] Bytes, int Length, bool Ended) Hold(int limit)
    {
        var bytes = new byte[Math.Min(1 << 16, limit + 1)];
        var length = 0;
        while (length <= limit)
        {
            if (bytes.Length - length < 4)
            {
                Array.Resize(ref bytes, (int)Math.Min((long)bytes.Length * 2, (long)limit + 4));
            }

            var read = Read(bytes.AsSpan(length));
            if (read == 0)
            {
                return (bytes, length, true);
            }

            length += read;
        }

        return (bytes, length, false);
    }

    /// <summary>What <see cref="Fill"/> found.</summary>
    internal enum FillResult
    {
        /// <summary>Whole lines are in <see cref="Buffer"/> from <see cref="Start"/> to <see cref="LinesEnd"/>.</summary>
        Lines,

        /// <summary>The next line was too long; it has been dropped to its end.</summary>
        Overlong,

        /// <summary>The input has ended.</summary>
        End,
    }

    /// <summary>The bytes; the data from <see cref="Start"/> on is followed by at least 65 bytes of room.</summary>
    internal byte[] Buffer { get; private set; } = new byte[(1 << 16) + Padding];

    /// <summary>Where the next unread line starts; the reader moves it as it consumes lines.</summary>
    internal int Start { get; set; }

    /// <summary>Just past the '\n' of the last whole line in the buffer.</summary>
    internal int LinesEnd { get; private set; }

    /// <summary>The UTF-16 length of a line, as decoding would give it (invalid sequences as one U+FFFD each).</summary>
    internal static int CharCount(ReadOnlySpan<byte> line) => Encoding.UTF8.GetCharCount(line);

    /// <summary>Makes the next whole lines available once the previous ones are consumed (<see cref="Start"/> = <see cref="LinesEnd"/>).</summary>
    internal FillResult Fill()
    {
        Compact();
        var scanned = 0;
        while (true)
        {
            var newline = Buffer.AsSpan(scanned, end - scanned).LastIndexOf((byte)'\n');
            if (newline >= 0)
            {
                return Found(scanned + newline + 1);
            }

            scanned = end;
            if (inputEnded)
            {
                if (end == 0)
                {
                    return FillResult.End;
                }

                // The last line has no line feed: give it one, so every line ends the same way.
                Buffer[end++] = (byte)'\n';
                return Found(end);
            }

            if (end >= MaxHeldBytes)
            {
                end = 0;
                SkipPastNextLineFeed();
                return FillResult.Overlong;
            }

            if (Buffer.Length - Padding - end < 4)
            {
                // Up to 4 bytes past the limit, so there is always room for one more whole UTF-8 sequence.
                var grown = new byte[Math.Min((Buffer.Length - Padding) * 2, MaxHeldBytes + 4) + Padding];
                Buffer.AsSpan(0, end).CopyTo(grown);
                Buffer = grown;
            }

            var read = Read(Buffer.AsSpan(end, Buffer.Length - Padding - end));
            end += read;
            inputEnded = read == 0;
        }
    }

    private FillResult Found(int linesEnd)
    {
        LinesEnd = linesEnd;
        return FillResult.Lines;
    }

    // Keeps the unread part (a line not yet ended) at the front.
    private void Compact()
    {
        Buffer.AsSpan(Start, end - Start).CopyTo(Buffer);
        end -= Start;
        Start = 0;
        LinesEnd = 0;
    }

    private void SkipPastNextLineFeed()
    {
        while (true)
        {
            var read = Read(Buffer.AsSpan(0, Buffer.Length - Padding));
            if (read == 0)
            {
                inputEnded = true;
                return;
            }

            var newline = Buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                Buffer.AsSpan(newline + 1, read - newline - 1).CopyTo(Buffer);
                end = read - newline - 1;
                return;
            }
        }
    }

    private int Read(Span<byte> target)
    {
        if (rest is not null)
        {
            if (heldRead < heldLength)
            {
                var count = Math.Min(target.Length, heldLength - heldRead);
                held.AsSpan(heldRead, count).CopyTo(target);
                heldRead += count;
                return count;
            }

            return rest.Read(target);
        }

        if (stream is not null)
        {
            return stream.Read(target);
        }

        while (true)
        {
            var textEnded = false;
            if (pendingChars < 2)
            {
                var received = reader!.Read(chars.AsSpan(pendingChars));
                pendingChars += received;
                textEnded = received == 0;
            }

            // The target has room for at least 4 bytes, one whole sequence; a high surrogate at the end of the
            // characters read waits for its low half unless the text has ended.
            Utf8.FromUtf16(chars.AsSpan(0, pendingChars), target, out var consumed, out var written, replaceInvalidSequences: true, isFinalBlock: textEnded);
            chars.AsSpan(consumed, pendingChars - consumed).CopyTo(chars);
            pendingChars -= consumed;
            if (written > 0 || textEnded)
            {
                return written;
            }
        }
    }
}
