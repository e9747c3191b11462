using System.Buffers;
using System.Threading.Channels;

namespace OrgLife.Tally.Formats;

/// <summary>
/// A read-only, non-seekable stream whose bytes another task copies in from an asynchronous source: the synchronous
/// reader reads it on a worker thread while the source (an HTTP request body, which forbids synchronous reads) is only
/// ever read asynchronously. Holds at most <see cref="Capacity"/> chunks of <see cref="ChunkBytes"/>, so memory stays
/// bounded whatever the input.
/// </summary>
internal sealed class FeedStream : Stream
{
    internal const int ChunkBytes = 1 << 16;
    private const int Capacity = 4;

    private readonly Channel<(byte[] Bytes, int Length)> chunks = Channel.CreateBounded<(byte[], int)>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });
    private readonly CancellationToken cancellationToken;
    private byte[]? current;
    private int currentLength;
    private int currentRead;

    public FeedStream(CancellationToken cancellationToken) => this.cancellationToken = cancellationToken;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Copies <paramref name="source"/> in, asynchronously, until it ends; then marks the end (or the failure).</summary>
    public async Task PumpAsync(Stream source, ProgressCounter progress)
    {
        Exception? failure = null;
        try
        {
            while (true)
            {
                var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
                var read = await source.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    ArrayPool<byte>.Shared.Return(chunk);
                    break;
                }

                progress.AddBytes(read);
                await chunks.Writer.WriteAsync((chunk, read), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            failure = ex;
            throw;
        }
        finally
        {
            chunks.Writer.TryComplete(failure);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (current is null || currentRead == currentLength)
        {
            if (current is not null)
            {
                ArrayPool<byte>.Shared.Return(current);
                current = null;
            }

            if (!chunks.Reader.TryRead(out var next))
            {
                // The worker thread waits for the pump: this blocks a worker, never the source's I/O.
                if (!chunks.Reader.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
                {
                    return 0;
                }

                continue;
            }

            (current, currentLength, currentRead) = (next.Bytes, next.Length, 0);
        }

        var count = Math.Min(buffer.Length, currentLength - currentRead);
        current.AsSpan(currentRead, count).CopyTo(buffer);
        currentRead += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (current is not null)
        {
            ArrayPool<byte>.Shared.Return(current);
            current = null;
        }

        while (chunks.Reader.TryRead(out var left))
        {
            ArrayPool<byte>.Shared.Return(left.Bytes);
        }

        base.Dispose(disposing);
    }
}
