using System.Text;

namespace OrgLife.Cli.Output;

/// <summary>
/// Rendered text kept as UTF-8 in large segments until it is printed: a parallel tally holds every branch's report
/// until all chunks are read, and thousands of strings held that long cost the garbage collector more than rendering
/// them (they are copied up the generations); segments of bytes are allocated once and never moved or scanned.
/// One spool per worker thread; not thread safe.
/// </summary>
internal sealed class Utf8Spool
{
    private const int SegmentBytes = 1 << 20;

    private byte[] segment = [];
    private int used;
    private char[] chars = new char[4096];

    /// <summary>Appends the builder's text as UTF-8; returns where it lies.</summary>
    public Utf8Text Append(StringBuilder text)
    {
        var length = text.Length;
        if (chars.Length < length)
        {
            chars = new char[Math.Max(length, chars.Length * 2)];
        }

        text.CopyTo(0, chars, length);
        var start = Reserve(Encoding.UTF8.GetMaxByteCount(length));
        used += Encoding.UTF8.GetBytes(chars.AsSpan(0, length), segment.AsSpan(used));
        return new Utf8Text(segment, start, used - start);
    }

    /// <summary>Appends UTF-8 bytes (whole characters), then <paramref name="end"/>; returns where they lie.</summary>
    public Utf8Text Append(ReadOnlySpan<byte> utf8, ReadOnlySpan<byte> end)
    {
        var start = Reserve(utf8.Length + end.Length);
        utf8.CopyTo(segment.AsSpan(used));
        end.CopyTo(segment.AsSpan(used + utf8.Length));
        used += utf8.Length + end.Length;
        return new Utf8Text(segment, start, used - start);
    }

    // Room for the bytes in the current segment, else a new one; returns where they start.
    private int Reserve(int bytes)
    {
        if (segment.Length - used < bytes)
        {
            segment = new byte[Math.Max(SegmentBytes, bytes)];
            used = 0;
        }

        return used;
    }
}
