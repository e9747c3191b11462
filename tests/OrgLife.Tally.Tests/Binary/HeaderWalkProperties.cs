using FsCheck;
using FsCheck.Fluent;
using OrgLife.Tally.Formats.Binary;

namespace OrgLife.Tally.Tests.Binary;

/// <summary>
/// Exact first, then fast: the tally's header walk computes four header checks at once, finding the headers ahead by
/// their lengths alone. It must find what the block-by-block reader (<see cref="BallotFileReader"/>, one header and its
/// check at a time) finds: the same blocks, the same skipped blocks, and the same first error at the same offset.
/// </summary>
public sealed class HeaderWalkProperties
{
    [Fact]
    public void Four_header_checks_at_once_equal_each_header_s_own_check()
    {
        var cases =
            from length in Gen.Choose(28, 300)
            from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), length)
            from positions in Gen.ArrayOf(Gen.Choose(0, length - 28), 4)
            select (bytes, positions);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var at = c.positions;
            var checks = BallotFileLayout.HeaderChecks(c.bytes, at[0], at[1], at[2], at[3]);
            Assert.Equal(
                at.Select(p => BallotFileLayout.HeaderCheck(c.bytes.AsSpan(p, 28))),
                [checks.First, checks.Second, checks.Third, checks.Fourth]);
            return true;
        }));
    }

    [Fact]
    public void The_tally_s_header_walk_finds_what_the_block_by_block_reader_finds()
    {
        var cases =
            from seed in Gen.Choose(1, int.MaxValue)
            from workers in Gen.Choose(1, 2)
            from chunkBytes in Gen.Elements(4096, 5000, 65536)
            from edits in Gen.Choose(0, 2)
            from patches in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
            select (seed, workers, chunkBytes, edits, patches);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(cases.ToArbitrary(), c => Same(c.seed, c.workers, c.chunkBytes, c.edits, c.patches)));
    }

    private static bool Same(int seed, int workers, int chunkBytes, int edits, int patches)
    {
        var random = new Random(seed);
        var file = CountsRollUpProperties.Round(random);
        var blocks = BinaryTestFiles.BlockOffsets(file);
        for (var patch = 0; patch < patches; patch++)
        {
            // A header that still checks but declares the impossible: skipped when asked, an error otherwise.
            var (field, value) = random.Next(3) switch
            {
                0 => (16, random.Next(2) == 0 ? -1 : BallotFileLayout.MaxBallots + 1),
                1 => (20, 0),
                _ => (24, random.Next(2) == 0 ? 0 : 0x0002_0001),
            };
            BinaryTestFiles.PatchHeaderField(file, blocks[random.Next(blocks.Count)], field, value);
        }

        for (var edit = 0; edit < edits; edit++)
        {
            file[16 + random.Next(file.Length - 16)] = (byte)random.Next(256);
        }

        foreach (var skip in new[] { true, false })
        {
            var options = new BallotReadOptions { SkipCorruptBlocks = skip, WorkerCount = workers, ChunkBytes = chunkBytes };
            Assert.Equal(Read(file, options), Walked(file, options));
        }

        return true;
    }

    /// <summary>The reference: blocks (branch and ballots, in branch order) and skipped blocks, or the error, read one block at a time.</summary>
    private static string Read(byte[] file, BallotReadOptions options)
    {
        var branches = new List<string>();
        try
        {
            using var reader = new BallotFileReader(new MemoryStream(file), options);
            while (reader.MoveNext())
            {
                branches.Add($"{reader.Current.BranchId}:{reader.Current.BallotCount}");
            }

            return Shown(branches, reader.SkippedBlocks);
        }
        catch (BallotFormatException error)
        {
            return Shown(error);
        }
    }

    /// <summary>The same, counted by the tally (the header walk in file order, the blocks on the workers).</summary>
    private static string Walked(byte[] file, BallotReadOptions options)
    {
        var branches = new System.Collections.Concurrent.ConcurrentBag<string>();
        try
        {
            var totals = BinaryBallotTally.Count(new MemoryStream(file), options, counts => branches.Add($"{counts.BranchId}:{counts.BallotCount}"));
            Assert.Equal(branches.Count, totals.BranchCount);
            return Shown(branches, totals.SkippedBlocks);
        }
        catch (BallotFormatException error)
        {
            return Shown(error);
        }
    }

    private static string Shown(IEnumerable<string> branches, IEnumerable<SkippedBlock> skipped) =>
        string.Join(';', branches.Order(StringComparer.Ordinal)) + "\n" + string.Join(';', skipped.Select(s => $"{s.Offset} {s.Field} {s.Reason}"));

    // A file that ends inside a block is refused by both, each in its own words (the reader names the part it was
    // reading); any other error is the same error at the same offset.
    private static string Shown(BallotFormatException error) =>
        error.Field is "payload" or "block header" && error.Message.Contains("runcat", StringComparison.Ordinal)
            ? "truncated"
            : $"error at {error.Offset}, {error.Field}: {error.Message}";
}
