using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// Writes the compact binary ballot format, one block per branch assessment, through a reused 1 MiB buffer.
/// Not thread safe. Dispose (or <see cref="Flush"/>) to push the last bytes to the stream.
/// </summary>
public sealed class BallotFileWriter : IDisposable
{
    private readonly Stream stream;
    private readonly bool leaveOpen;
    private readonly byte[] buffer = new byte[1 << 20];
    private int used;

    /// <summary>Initializes a writer and writes the file header.</summary>
    /// <param name="stream">A writable stream, positioned at the file's start.</param>
    /// <param name="leaveOpen">Whether disposing the writer leaves the stream open.</param>
    public BallotFileWriter(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.stream = stream;
        this.leaveOpen = leaveOpen;
        BallotFileLayout.WriteFileHeader(buffer);
        used = BallotFileLayout.FileHeaderSize;
    }

    /// <summary>Gets the number of blocks written.</summary>
    public long BlockCount { get; private set; }

    /// <summary>Writes one block.</summary>
    /// <param name="branchId">The branch ID.</param>
    /// <param name="candidateCount">Candidates, 1…<see cref="BallotFileLayout.MaxCandidates"/>.</param>
    /// <param name="levelCounts">Each criterion's level count (1…254); its length is the criteria per candidate.</param>
    /// <param name="ballotCount">Ballots.</param>
    /// <param name="serials">Empty, or one serial per ballot.</param>
    /// <param name="marks">Ballots × candidates × criteria mark codes, row-major.</param>
    /// <exception cref="ArgumentException">The parts do not fit together.</exception>
    public void WriteBlock(long branchId, int candidateCount, ReadOnlySpan<byte> levelCounts, int ballotCount, ReadOnlySpan<ulong> serials, ReadOnlySpan<byte> marks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(candidateCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(candidateCount, BallotFileLayout.MaxCandidates);
        ArgumentOutOfRangeException.ThrowIfNegative(ballotCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ballotCount, BallotFileLayout.MaxBallots);
        if (levelCounts.Length is < 1 or > BallotFileLayout.MaxCriteria || levelCounts.ContainsAnyExceptInRange((byte)1, (byte)Kernels.MarkCodes.MaxLevelCount))
        {
            throw new ArgumentException($"Branch {branchId}: 1…{BallotFileLayout.MaxCriteria} criteria of 1…{Kernels.MarkCodes.MaxLevelCount} levels each are required.", nameof(levelCounts));
        }

        if (!serials.IsEmpty && serials.Length != ballotCount)
        {
            throw new ArgumentException($"Branch {branchId}: {serials.Length} serials for {ballotCount} ballots.", nameof(serials));
        }

        var header = new BallotBlockHeader(0, branchId, ballotCount, candidateCount, levelCounts.Length, serials.IsEmpty ? (ushort)0 : BallotFileLayout.SerialsFlag);
        if (marks.Length != header.MarkCount)
        {
            throw new ArgumentException($"Branch {branchId}: {marks.Length} marks, expected {ballotCount} ballots × {candidateCount} candidates × {levelCounts.Length} criteria = {header.MarkCount}.", nameof(marks));
        }

        header = header with { PayloadLength = checked((uint)header.ExpectedPayload) };
        Span<byte> headerBytes = stackalloc byte[BallotFileLayout.BlockHeaderSize];
        header.Write(headerBytes);
        Append(headerBytes);
        Append(levelCounts);
        if (BitConverter.IsLittleEndian)
        {
            Append(MemoryMarshal.AsBytes(serials));
        }
        else
        {
            Span<byte> serial = stackalloc byte[8];
            foreach (var value in serials)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(serial, value);
                Append(serial);
            }
        }

        Append(marks);
        BlockCount++;
    }

    /// <summary>Writes the buffered bytes to the stream and flushes it.</summary>
    public void Flush()
    {
        stream.Write(buffer, 0, used);
        used = 0;
        stream.Flush();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Flush();
        if (!leaveOpen)
        {
            stream.Dispose();
        }
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (used + bytes.Length > buffer.Length)
        {
            stream.Write(buffer, 0, used);
            used = 0;
            if (bytes.Length > buffer.Length)
            {
                stream.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(buffer.AsSpan(used));
        used += bytes.Length;
    }
}
