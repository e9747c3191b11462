using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// The header walk of a binary ballot file, in file order, one piece of the file after another: finds the whole blocks
/// of each piece, checks every header (marker, header check, counts, level counts), throws at the first fatal problem,
/// lists the blocks it skips and steps over a skipped block's bytes beyond the piece. Both splitters (
/// <see cref="ChunkSplitter"/> reading the stream, <see cref="PositionalChunkSplitter"/> reading at positions) walk
/// with it, so they find the same blocks, skip the same ones and stop at the same first error, however the file is cut.
/// Not thread safe: the splitters call it one piece at a time, in file order.
/// </summary>
internal sealed class BlockWalk(BallotReadOptions options)
{
    private readonly ImmutableArray<SkippedBlock>.Builder skipped = ImmutableArray.CreateBuilder<SkippedBlock>();
    private long discard;

    /// <summary>Gets the corrupt blocks skipped, listed up to the options' limit.</summary>
    public ImmutableArray<SkippedBlock> Skipped => skipped.ToImmutable();

    /// <summary>Gets every corrupt block skipped.</summary>
    public long SkippedCount { get; private set; }

    /// <summary>Walks the file's next bytes; returns the end of the last whole block.</summary>
    /// <param name="buffer">Holds the bytes.</param>
    /// <param name="from">Where they start in <paramref name="buffer"/>.</param>
    /// <param name="filled">Where they end.</param>
    /// <param name="bufferOffset">The file offset of <paramref name="buffer"/>'s byte 0.</param>
    /// <param name="start">The first whole block's start (after the rest of a block skipped in an earlier piece).</param>
    /// <param name="pending">The length of a sound block begun but not whole in the buffer, or 0.</param>
    /// <param name="sound">True when no block from <paramref name="start"/> to the end returned was skipped.</param>
    /// <exception cref="BallotFormatException">A header is wrong, or a block is corrupt and skipping is off.</exception>
    public int Walk(byte[] buffer, int from, int filled, long bufferOffset, out int start, out long pending, out bool sound)
    {
        var position = from + (int)Math.Min(discard, filled - from);
        discard -= position - from;
        start = position;
        pending = 0;
        sound = true;
        Span<int> at = stackalloc int[4];
        var whole = true;
        while (whole && discard == 0 && position + BallotFileLayout.BlockHeaderSize <= filled)
        {
            // The next four headers are found by their lengths alone and their checks computed side by side, then read
            // one by one in file order as before: a wrong marker or check still stops at the first, and a length read
            // past it only chose where to look.
            at[0] = position;
            for (var ahead = 1; ahead < at.Length; ahead++)
            {
                at[ahead] = NextHeader(buffer, at[ahead - 1], filled);
            }

            var (first, second, third, fourth) = BallotFileLayout.HeaderChecks(buffer, at[0], at[1], at[2], at[3]);
            ReadOnlySpan<uint> checks = [first, second, third, fourth];
            for (var header = 0; whole && header < at.Length && position == at[header]; header++)
            {
                whole = Step(buffer, ref position, filled, bufferOffset, checks[header], ref pending, ref sound);
            }
        }

        return position;
    }

    /// <summary>Where the header after the one at <paramref name="at"/> starts by its length, if it lies whole in the buffer; else <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextHeader(byte[] buffer, int at, int filled)
    {
        var next = at + BallotFileLayout.BlockHeaderSize + (long)BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(at + 4, 4));
        return next + BallotFileLayout.BlockHeaderSize <= filled ? (int)next : at;
    }

    /// <summary>Reads the header at <paramref name="position"/> (its check given) and steps over its block; false when the block is not whole in the buffer (its length in <paramref name="pending"/>).</summary>
    private bool Step(byte[] buffer, ref int position, int filled, long bufferOffset, uint check, ref long pending, ref bool sound)
    {
        var offset = bufferOffset + position;
        var header = BallotBlockHeader.ReadWithCheck(buffer.AsSpan(position), check, offset, options.MaxBlockBytes, out var problem);
        if (problem is null)
        {
            if (position + header.BlockLength > filled)
            {
                pending = header.BlockLength;
                return false;
            }

            var levelCounts = buffer.AsSpan(position + BallotFileLayout.BlockHeaderSize, header.CriteriaPerCandidate);
            problem = header.HasPlainLevels(levelCounts, options.MaxCountersPerBlock) ? null : header.LevelProblem(levelCounts, offset, options.MaxCountersPerBlock);
        }

        if (problem is not null)
        {
            if (!options.SkipCorruptBlocks && !problem.OverLimit)
            {
                throw new BallotFormatException(problem.Text, problem.Offset, problem.Field);
            }

            sound = false;
            SkippedCount++;
            if (skipped.Count < options.MaxSkippedBlocksListed)
            {
                skipped.Add(problem);
            }

            discard = Math.Max(0, position + header.BlockLength - filled);
            position = (int)Math.Min(position + header.BlockLength, filled);
            return true;
        }

        position += (int)header.BlockLength;
        return true;
    }

    /// <summary>At the end of the file: throws unless the walk ended on a block boundary.</summary>
    /// <param name="tail">The bytes left after the last whole block.</param>
    /// <param name="tailOffset">Where they start in the file.</param>
    /// <exception cref="BallotFormatException">The file ends inside a block.</exception>
    public void End(int tail, long tailOffset)
    {
        if (tail > 0 || discard > 0)
        {
            throw new BallotFormatException(new TallyMessage("Binary.Truncated", ("filled", tail)), tailOffset, tail < BallotFileLayout.BlockHeaderSize ? "block header" : "payload");
        }
    }
}
