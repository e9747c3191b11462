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
        var most = Encoding.UTF8.GetMaxByteCount(length);
        if (segment.Length - used < most)
        {
            segment = new byte[Math.Max(SegmentBytes, most)];
            used = 0;
        }

        var start = used;
        used += Encoding.UTF8.GetBytes(chars.AsSpan(0, length), segment.AsSpan(used));
        return new Utf8Text(segment, start, used - start);
    }
}
