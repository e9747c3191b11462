using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// One block read from a binary ballot file: a view into the reader's reused buffer, valid until the next read.
/// </summary>
public readonly ref struct BallotBlock
{
    private readonly ReadOnlySpan<byte> serials;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal BallotBlock(long offset, BallotBlockHeader header, ReadOnlySpan<byte> payload)
    {
        Offset = offset;
        BranchId = header.BranchId;
        BallotCount = header.BallotCount;
        CandidateCount = header.CandidateCount;
        LevelCounts = payload[..header.CriteriaPerCandidate];
        var serialBytes = header.HasSerials ? 8 * header.BallotCount : 0;
        serials = payload.Slice(header.CriteriaPerCandidate, serialBytes);
        Marks = payload.Slice(header.CriteriaPerCandidate + serialBytes, (int)header.MarkCount);
        var widest = 0;
        foreach (var levels in LevelCounts)
        {
            widest = Math.Max(widest, levels);
        }

        LevelCount = widest;
    }

    /// <summary>Gets the byte offset of the block in the file.</summary>
    public long Offset { get; }

    /// <summary>Gets the branch ID.</summary>
    public long BranchId { get; }

    /// <summary>Gets the number of ballots (matrix rows).</summary>
    public int BallotCount { get; }

    /// <summary>Gets the number of candidates.</summary>
    public int CandidateCount { get; }

    /// <summary>Gets each criterion's level count; its length is the columns per candidate.</summary>
    public ReadOnlySpan<byte> LevelCounts { get; }

    /// <summary>Gets the level count of the widest criterion (the kernel's level count).</summary>
    public int LevelCount { get; }

    /// <summary>Gets the columns per ballot: candidates × criteria; column <c>candidate × criteria + criterion</c>.</summary>
    public int ColumnCount => CandidateCount * LevelCounts.Length;

    /// <summary>Gets a value indicating whether the ballots carry serials.</summary>
    public bool HasSerials => !serials.IsEmpty;

    /// <summary>Gets the dense mark matrix, ballots × columns, row-major.</summary>
    public ReadOnlySpan<byte> Marks { get; }

    /// <summary>Returns a ballot's serial.</summary>
    /// <param name="ballot">0 … <see cref="BallotCount"/> − 1.</param>
    /// <exception cref="InvalidOperationException">The block carries no serials.</exception>
    public ulong SerialOf(int ballot)
    {
        if (serials.IsEmpty)
        {
            throw new InvalidOperationException($"Block of branch {BranchId} at byte {Offset} carries no serials.");
        }

        return BinaryPrimitives.ReadUInt64LittleEndian(serials.Slice(checked(ballot * 8), 8));
    }
}
