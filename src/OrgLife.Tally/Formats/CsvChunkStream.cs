namespace OrgLife.Tally.Formats;

/// <summary>
/// One chunk of a CSV input as a reader sees it: the input's header (its bytes up to the end of the header line) and
/// then the chunk's bytes, read from the input's own stream. Seekable, read-only; counts the line feeds of the chunk's
/// own bytes (not the header's) as they are first read, so the chunk's lines can be numbered as in the whole input.
/// </summary>
internal sealed class CsvChunkStream(Stream input, byte[] header, long start, long length) : Stream
{
    private long position;
    private long counted;

    /// <summary>The line feeds in the chunk's bytes read so far (all of them once the chunk was read to its end).</summary>
    public long LineFeeds { get; private set; }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => true;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => header.Length + length;

    /// <inheritdoc />
    public override long Position
    {
        get => position;
        set => position = Math.Clamp(value, 0, Length);
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        if (position < header.Length)
        {
            var fromHeader = (int)Math.Min(buffer.Length, header.Length - position);
            header.AsSpan((int)position, fromHeader).CopyTo(buffer);
            position += fromHeader;
            return fromHeader;
        }

        var within = position - header.Length;
        var wanted = (int)Math.Min(buffer.Length, length - within);
        if (wanted <= 0)
        {
            return 0;
        }

        if (input.Position != start + within)
        {
            input.Position = start + within;
        }

        var read = input.Read(buffer[..wanted]);
        if (within + read > counted)
        {
            var fresh = (int)(within + read - Math.Max(within, counted));
            LineFeeds += buffer.Slice(read - fresh, fresh).Count((byte)'\n');
            counted = within + read;
        }

        position += read;
        return read;
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => position + offset,
        _ => Length + offset,
    };

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            input.Dispose();
        }

        base.Dispose(disposing);
    }
}
