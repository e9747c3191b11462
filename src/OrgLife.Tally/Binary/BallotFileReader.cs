using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// Streams a binary ballot file block by block through one reused buffer (at most the header plus
/// <see cref="BallotReadOptions.MaxBlockBytes"/>), so memory stays bounded whatever the file size. Not thread safe.
/// </summary>
public sealed class BallotFileReader : IDisposable
{
    private readonly Stream stream;
    private readonly bool leaveOpen;
    private readonly BallotReadOptions options;
    private readonly List<SkippedBlock> skipped = [];
    private byte[] payload = new byte[4096];
    private BallotBlockHeader header;
    private long blockOffset;
    private long position;
    private bool hasCurrent;

    /// <summary>Initializes a reader and checks the file header.</summary>
    /// <param name="stream">A readable stream at the file's start.</param>
    /// <param name="options">Limits and corrupt-block handling; <see cref="BallotReadOptions.Default"/> when null.</param>
    /// <param name="leaveOpen">Whether disposing the reader leaves the stream open.</param>
    /// <exception cref="BallotFormatException">The file header is wrong.</exception>
    public BallotFileReader(Stream stream, BallotReadOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.stream = stream;
        this.leaveOpen = leaveOpen;
        this.options = options ?? BallotReadOptions.Default;
        Span<byte> fileHeader = stackalloc byte[BallotFileLayout.FileHeaderSize];
        var read = ReadFully(fileHeader);
        BallotFileLayout.ValidateFileHeader(fileHeader, read);
    }

    /// <summary>Gets the blocks skipped so far (when <see cref="BallotReadOptions.SkipCorruptBlocks"/> is on).</summary>
    public IReadOnlyList<SkippedBlock> SkippedBlocks => skipped;

    /// <summary>Gets the block read by the last successful <see cref="MoveNext"/>; valid until the next call.</summary>
    /// <exception cref="InvalidOperationException">No block has been read.</exception>
    public BallotBlock Current => hasCurrent
        ? new BallotBlock(blockOffset, header, payload.AsSpan(0, (int)header.PayloadLength))
        : throw new InvalidOperationException("Call MoveNext first; Current is valid only after it returned true.");

    /// <summary>Reads the next block.</summary>
    /// <returns>True when a block was read; false at the end of the file.</returns>
    /// <exception cref="BallotFormatException">A block is truncated or corrupt (and not skippable, or skipping is off).</exception>
    public bool MoveNext()
    {
        Span<byte> headerBytes = stackalloc byte[BallotFileLayout.BlockHeaderSize];
        while (true)
        {
            hasCurrent = false;
            blockOffset = position;
            var read = ReadFully(headerBytes);
            if (read == 0)
            {
                return false;
            }

            if (read < headerBytes.Length)
            {
                throw new BallotFormatException(new TallyMessage("Binary.TruncatedHeader", ("read", read), ("size", BallotFileLayout.BlockHeaderSize)), blockOffset, "block header");
            }

            header = BallotBlockHeader.Read(headerBytes, blockOffset, options.MaxBlockBytes, out var problem);
            if (problem is null)
            {
                if (payload.Length < header.PayloadLength)
                {
                    payload = new byte[Math.Min(options.MaxBlockBytes, Math.Max(header.PayloadLength, payload.Length * 2L))];
                }

                var body = payload.AsSpan(0, (int)header.PayloadLength);
                var got = ReadFully(body);
                if (got < body.Length)
                {
                    throw new BallotFormatException(new TallyMessage("Binary.TruncatedPayload", ("declared", header.PayloadLength), ("got", got)), blockOffset, "payload");
                }

                problem = header.LevelProblem(body[..header.CriteriaPerCandidate], blockOffset, options.MaxCountersPerBlock);
                if (problem is null)
                {
                    hasCurrent = true;
                    return true;
                }
            }
            else
            {
                Discard(header.PayloadLength, problem);
            }

            if (!options.SkipCorruptBlocks && !problem.OverLimit)
            {
                throw new BallotFormatException(problem.Text, problem.Offset, problem.Field);
            }

            if (skipped.Count < options.MaxSkippedBlocksListed)
            {
                skipped.Add(problem);
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!leaveOpen)
        {
            stream.Dispose();
        }
    }

    private void Discard(long length, SkippedBlock problem)
    {
        if (!options.SkipCorruptBlocks)
        {
            return;
        }

        var scratch = payload.AsSpan();
        while (length > 0)
        {
            var got = ReadFully(scratch[..(int)Math.Min(length, scratch.Length)]);
            if (got == 0)
            {
                throw new BallotFormatException(new TallyMessage("Binary.TruncatedSkipping", ("field", problem.Field), ("reason", problem.Text)), blockOffset, "payload");
            }

            length -= got;
        }
    }

    private int ReadFully(Span<byte> destination)
    {
        var total = StreamReading.ReadFully(stream, destination);
        position += total;
        return total;
    }
}
