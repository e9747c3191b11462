using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// The 32-byte header of one block (one branch's assessment): marker, payload length, branch ID, ballot count,
/// candidate count, criteria per candidate, flags and header check.
/// </summary>
/// <param name="PayloadLength">Bytes after the header: level counts, serials, marks.</param>
/// <param name="BranchId">The branch (党支部) ID.</param>
/// <param name="BallotCount">Ballots (rows of the matrix).</param>
/// <param name="CandidateCount">Candidates graded.</param>
/// <param name="CriteriaPerCandidate">Columns per candidate.</param>
/// <param name="Flags">Bit 0: serials present.</param>
internal readonly record struct BallotBlockHeader(uint PayloadLength, long BranchId, int BallotCount, int CandidateCount, int CriteriaPerCandidate, ushort Flags)
{
    /// <summary>The block marker "OLBK" read as a little-endian integer.</summary>
    private const uint MarkerValue = 0x4B424C4F;

    public bool HasSerials => (Flags & BallotFileLayout.SerialsFlag) != 0;

    public int ColumnCount => CandidateCount * CriteriaPerCandidate;

    public long MarkCount => (long)BallotCount * ColumnCount;

    public long ExpectedPayload => CriteriaPerCandidate + (HasSerials ? 8L * BallotCount : 0) + MarkCount;

    public long BlockLength => BallotFileLayout.BlockHeaderSize + (long)PayloadLength;

    public void Write(Span<byte> destination)
    {
        BallotFileLayout.BlockMarker.CopyTo(destination);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], PayloadLength);
        BinaryPrimitives.WriteInt64LittleEndian(destination[8..], BranchId);
        BinaryPrimitives.WriteInt32LittleEndian(destination[16..], BallotCount);
        BinaryPrimitives.WriteInt32LittleEndian(destination[20..], CandidateCount);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[24..], (ushort)CriteriaPerCandidate);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[26..], Flags);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[28..], BallotFileLayout.HeaderCheck(destination));
    }

    /// <summary>
    /// Reads a header. A wrong marker or header check throws (the length cannot be trusted, so nothing after it can
    /// be found); a header that holds but declares impossible values is returned with <paramref name="problem"/> set,
    /// so the caller can skip the block by its length.
    /// </summary>
    public static BallotBlockHeader Read(ReadOnlySpan<byte> source, long offset, int maxBlockBytes, out SkippedBlock? problem)
    {
        if (!source[..4].SequenceEqual(BallotFileLayout.BlockMarker))
        {
            throw new BallotFormatException(new TallyMessage("Binary.NoBlockMarker"), offset, "block marker");
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(source[28..]) != BallotFileLayout.HeaderCheck(source))
        {
            throw new BallotFormatException(new TallyMessage("Binary.HeaderCheck"), offset, "header check");
        }

        return ReadChecked(source, offset, maxBlockBytes, out problem);
    }

    /// <summary>
    /// Reads a header as <see cref="Read"/> does, its check <paramref name="check"/> computed beforehand
    /// (<see cref="BallotFileLayout.HeaderChecks"/>, four headers at once): the same errors, in the same order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BallotBlockHeader ReadWithCheck(ReadOnlySpan<byte> source, uint check, long offset, int maxBlockBytes, out SkippedBlock? problem)
    {
        if (BinaryPrimitives.ReadUInt32LittleEndian(source) != MarkerValue)
        {
            throw new BallotFormatException(new TallyMessage("Binary.NoBlockMarker"), offset, "block marker");
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(source[28..]) != check)
        {
            throw new BallotFormatException(new TallyMessage("Binary.HeaderCheck"), offset, "header check");
        }

        var header = ReadSound(source);
        problem = header.IsPlain(maxBlockBytes) ? null : header.Problem(offset, maxBlockBytes);
        return header;
    }

    /// <summary>
    /// Reads a header whose marker and check were already verified (the chunk splitter checked every header of a
    /// chunk before a worker sees it), so the check is not computed twice; the values are checked as by <see cref="Read"/>.
    /// </summary>
    public static BallotBlockHeader ReadChecked(ReadOnlySpan<byte> source, long offset, int maxBlockBytes, out SkippedBlock? problem)
    {
        var header = ReadSound(source);
        problem = header.Problem(offset, maxBlockBytes);
        return header;
    }

    /// <summary>Reads a header the chunk splitter's walk found sound (marker, check and values), checking nothing again.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BallotBlockHeader ReadSound(ReadOnlySpan<byte> source) => new(
        BinaryPrimitives.ReadUInt32LittleEndian(source[4..]),
        BinaryPrimitives.ReadInt64LittleEndian(source[8..]),
        BinaryPrimitives.ReadInt32LittleEndian(source[16..]),
        BinaryPrimitives.ReadInt32LittleEndian(source[20..]),
        BinaryPrimitives.ReadUInt16LittleEndian(source[24..]),
        BinaryPrimitives.ReadUInt16LittleEndian(source[26..]));

    /// <summary>True when <see cref="Problem"/> finds nothing: the common case, checked in the same order without building a message.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsPlain(int maxBlockBytes) =>
        BallotCount is >= 0 and <= BallotFileLayout.MaxBallots
        && CandidateCount is >= 1 and <= BallotFileLayout.MaxCandidates
        && CriteriaPerCandidate is >= 1 and <= BallotFileLayout.MaxCriteria
        && (Flags & ~BallotFileLayout.SerialsFlag) == 0
        && PayloadLength == ExpectedPayload
        && PayloadLength <= maxBlockBytes;

    private SkippedBlock? Problem(long offset, int maxBlockBytes)
    {
        if (BallotCount is < 0 or > BallotFileLayout.MaxBallots)
        {
            return new SkippedBlock(offset, "ballot count", new("Block.Outside", ("value", BallotCount), ("min", 0), ("max", BallotFileLayout.MaxBallots)));
        }

        if (CandidateCount is < 1 or > BallotFileLayout.MaxCandidates)
        {
            return new SkippedBlock(offset, "candidate count", new("Block.Outside", ("value", CandidateCount), ("min", 1), ("max", BallotFileLayout.MaxCandidates)));
        }

        if (CriteriaPerCandidate is < 1 or > BallotFileLayout.MaxCriteria)
        {
            return new SkippedBlock(offset, "criteria per candidate", new("Block.Outside", ("value", CriteriaPerCandidate), ("min", 1), ("max", BallotFileLayout.MaxCriteria)));
        }

        if ((Flags & ~BallotFileLayout.SerialsFlag) != 0)
        {
            return new SkippedBlock(offset, "flags", new("Block.UnknownFlags", ("bits", string.Create(CultureInfo.InvariantCulture, $"0x{Flags:X4}"))));
        }

        if (PayloadLength != ExpectedPayload)
        {
            return new SkippedBlock(offset, "payload length", new("Block.PayloadMismatch", ("declared", PayloadLength), ("expected", ExpectedPayload)));
        }

        if (PayloadLength > maxBlockBytes)
        {
            return new SkippedBlock(offset, "payload length", new("Block.PayloadOverLimit", ("declared", PayloadLength), ("limit", maxBlockBytes)));
        }

        return null;
    }

    /// <summary>True when <see cref="LevelProblem"/> finds nothing: the common case, checked without building a message.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HasPlainLevels(ReadOnlySpan<byte> levelCounts, long maxCounters)
    {
        var widest = 0;
        foreach (var levels in levelCounts)
        {
            if (levels is < 1 or > Kernels.MarkCodes.MaxLevelCount)
            {
                return false;
            }

            widest = Math.Max(widest, levels);
        }

        return (long)ColumnCount * (widest + 2) <= maxCounters;
    }

    /// <summary>Returns the first criterion level count outside 1…254, or null.</summary>
    public SkippedBlock? LevelProblem(ReadOnlySpan<byte> levelCounts, long offset, long maxCounters)
    {
        var widest = 0;
        for (var criterion = 0; criterion < levelCounts.Length; criterion++)
        {
            if (levelCounts[criterion] is < 1 or > Kernels.MarkCodes.MaxLevelCount)
            {
                return new SkippedBlock(offset, "level count", new("Block.LevelCount", ("criterion", criterion + 1), ("byte", offset + BallotFileLayout.BlockHeaderSize + criterion), ("levels", (int)levelCounts[criterion]), ("max", Kernels.MarkCodes.MaxLevelCount)));
            }

            widest = Math.Max(widest, levelCounts[criterion]);
        }

        // Counting needs [blank, level 1 … widest, void] per column, whatever the ballots: bounded before anything is allocated.
        var counters = (long)ColumnCount * (widest + 2);
        return counters > maxCounters
            ? new SkippedBlock(offset, "candidate count", new("Block.CountersOverLimit", ("candidates", CandidateCount), ("criteria", CriteriaPerCandidate), ("perColumn", widest + 2), ("counters", counters), ("limit", maxCounters))) { OverLimit = true }
            : null;
    }
}
