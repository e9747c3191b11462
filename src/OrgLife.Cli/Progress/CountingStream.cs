namespace OrgLife.Cli.Progress;

/// <summary>
/// Passes reads and writes through to a stream and counts the bytes, so a progress line on another thread can read
/// how far a library call has got (<see cref="Bytes"/> is safe to read from any thread). Leaves the inner stream open.
/// </summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    private long bytes;

    /// <summary>Gets the bytes read or written so far.</summary>
    public long Bytes => Volatile.Read(ref bytes);

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException("A counting stream is read or written in order.");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        Counted(buffer.Length);
    }

    public override void Flush() => inner.Flush();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("A counting stream is read or written in order.");

    public override void SetLength(long value) => throw new NotSupportedException("A counting stream is read or written in order.");

    private int Counted(int count)
    {
        Interlocked.Add(ref bytes, count);
        return count;
    }
}
