using System.Buffers.Binary;
using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Binary;

/// <summary>Memory bounded whatever a header claims, unfamiliar blocks skipped and named, offsets at the block's start (issue 9).</summary>
public sealed class BinaryBoundsFacts
{
    [Fact]
    public void A_small_block_claiming_a_huge_matrix_is_skipped_at_its_offset_and_the_rest_is_counted()
    {
        // 100,000 candidates × 64 criteria of 254 levels and no ballot: a 96-byte block that would need 13 GB of counters.
        var file = File(w =>
        {
            w.WriteBlock(1, 3, [4], 2, [], [1, 2, 1, 1, 2, 1]);
            w.WriteBlock(2, 100_000, Enumerable.Repeat((byte)254, 64).ToArray(), 0, [], []);
            w.WriteBlock(3, 3, [4], 1, [], [1, 1, 1]);
        });
        var huge = BinaryTestFiles.BlockOffsets(file)[1];

        var totals = BinaryBallotTally.Count(new MemoryStream(file));
        var rolled = BinaryBallotTally.RollUp(new MemoryStream(file), SuggestionRule.Default, _ => []);

        Assert.Equal((2L, 3L), (totals.BranchCount, totals.BallotCount));
        var skipped = Assert.Single(totals.SkippedBlocks);
        Assert.Equal((huge, "candidate count", true), (skipped.Offset, skipped.Field, skipped.OverLimit));
        Assert.Equal(2, rolled.RollUp.Total.Branches);
        Assert.Equal(huge, Assert.Single(rolled.Totals.SkippedBlocks).Offset);
    }

    [Fact]
    public void A_block_with_a_legal_but_unfamiliar_level_count_is_skipped_and_named_not_fatal()
    {
        var file = File(w =>
        {
            w.WriteBlock(1, 3, [4], 1, [], [1, 2, 1]);
            w.WriteBlock(2, 2, [5], 1, [], [5, 1]);
            w.WriteBlock(3, 3, [3], 1, [], [1, 1, 3]);
        });
        var unfamiliar = BinaryTestFiles.BlockOffsets(file)[1];

        var rolled = BinaryBallotTally.RollUp(new MemoryStream(file), SuggestionRule.Default, _ => []);

        Assert.Equal(2, rolled.RollUp.Total.Branches);
        var skipped = Assert.Single(rolled.Totals.SkippedBlocks);
        Assert.Equal((unfamiliar, "level count"), (skipped.Offset, skipped.Field));
        Assert.Contains("5 levels", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(1, rolled.Totals.SkippedBlockCount);
    }

    [Fact]
    public void A_bad_level_count_is_named_by_its_blocks_own_offset()
    {
        var file = File(w =>
        {
            w.WriteBlock(1, 3, [4], 1, [], [1, 2, 1]);
            w.WriteBlock(2, 3, [4], 1, [], [1, 2, 1]);
        });
        var second = BinaryTestFiles.BlockOffsets(file)[1];
        file[second + 32] = 0; // the level count byte, just after the header

        var error = Assert.Throws<BallotFormatException>(() => BinaryBallotTally.Count(new MemoryStream(file)));
        using var reader = new BallotFileReader(new MemoryStream(file));
        reader.MoveNext();
        var sequential = Assert.Throws<BallotFormatException>(() => reader.MoveNext());

        Assert.Equal((second, "level count"), (error.Offset, error.Field));
        Assert.Equal(second, sequential.Offset);
    }

    [Fact]
    public void The_over_cap_list_of_a_roll_up_is_capped_and_the_count_is_whole()
    {
        var file = File(w =>
        {
            for (var branch = 1; branch <= RollUpLimit + 5; branch++)
            {
                w.WriteBlock(branch, 1, [4], 1, [], [1]); // one member, suggested 优秀: over the cap
            }
        });

        var rolled = BinaryBallotTally.RollUp(new MemoryStream(file), SuggestionRule.Default, _ => []);

        Assert.Equal(RollUpLimit + 5, rolled.RollUp.Total.BranchesOverExcellentCap);
        Assert.Equal(RollUpLimit, rolled.RollUp.OverExcellentCap.Length);
        Assert.Equal("1", rolled.RollUp.OverExcellentCap[0].Branch.Value);
    }

    private const int RollUpLimit = OrgLife.Tally.Merging.RollUp.MaxBreachesListed;

    private static byte[] File(Action<BallotFileWriter> write)
    {
        var stream = new MemoryStream();
        using (var writer = new BallotFileWriter(stream, leaveOpen: true))
        {
            write(writer);
        }

        var bytes = stream.ToArray();
        Assert.Equal("OLBALLOT"u8.ToArray(), bytes[..8]);
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)));
        return bytes;
    }
}
