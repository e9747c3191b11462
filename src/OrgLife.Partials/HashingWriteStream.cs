using System.Security.Cryptography;

namespace OrgLife.Partials;

/// <summary>
/// A write-only view of a stream that hashes every byte written through it and, once <see cref="KeepFromHere"/> is
/// called, keeps a copy of what follows (the footer), so the writer can find its checksum placeholder there
/// (<see cref="DataChecksum"/>). Parquet is written front to back, so nothing written is ever rewritten.
/// </summary>
internal sealed class HashingWriteStream(Stream inner, IncrementalHash hash) : Stream
{
    private MemoryStream? kept;

    /// <summary>Where the kept bytes start, counted from the first byte written.</summary>
    public long KeptFrom { get; private set; }

    /// <summary>The bytes written since <see cref="KeepFromHere"/>.</summary>
    public ReadOnlySpan<byte> Kept => kept is null ? default : kept.GetBuffer().AsSpan(0, (int)kept.Length);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => Written;

    public override long Position
    {
        get => Written;
        set => throw new NotSupportedException("a partial-tally Parquet file is written front to back.");
    }

    private long Written { get; set; }

    /// <summary>Keeps a copy of every byte written from now on.</summary>
    public void KeepFromHere()
    {
        KeptFrom = Written;
        kept = new MemoryStream();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        Account(buffer);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        Account(buffer.Span);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("a partial-tally Parquet file is written front to back.");

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Account(ReadOnlySpan<byte> buffer)
    {
        hash.AppendData(buffer);
        kept?.Write(buffer);
        Written += buffer.Length;
    }
}
