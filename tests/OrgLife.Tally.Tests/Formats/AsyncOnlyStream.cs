namespace OrgLife.Tally.Tests.Formats;

/// <summary>
/// A request body as Kestrel gives it: it cannot seek, a synchronous read throws ("Synchronous operations are
/// disallowed"), and each asynchronous read returns at most <paramref name="chunk"/> bytes.
/// </summary>
internal sealed class AsyncOnlyStream(byte[] bytes, int chunk = 4096, Exception? failAtEnd = null) : Stream
{
    private int position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

    public override int Read(Span<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        var count = Math.Min(Math.Min(buffer.Length, chunk), bytes.Length - position);
        if (count == 0 && failAtEnd is not null)
        {
            throw failAtEnd;
        }

        bytes.AsSpan(position, count).CopyTo(buffer.Span);
        position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A stream that cannot seek but reads synchronously: the synchronous reader's path for pipes.</summary>
internal sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes, writable: false)
{
    public override bool CanSeek => false;
}

/// <summary>An <see cref="IProgress{T}"/> that records every report as it is made (no synchronization context).</summary>
internal sealed class RecordingProgress<T> : IProgress<T>
{
    private readonly List<T> reports = [];

    public IReadOnlyList<T> Reports
    {
        get
        {
            lock (reports)
            {
                return [.. reports];
            }
        }
    }

    public void Report(T value)
    {
        lock (reports)
        {
            reports.Add(value);
        }
    }
}
