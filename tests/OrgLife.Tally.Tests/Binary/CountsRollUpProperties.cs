using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using OrgLife.Grades;
using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Binary;

/// <summary>
/// Exact first, then fast: the binary roll-up's counts-only path gives the same roll-up, totals, skipped blocks and
/// rejections as every branch through its assessment tally and the full suggestion engine (the reference), on random
/// rounds of mixed shapes, with serials, corrupt and unmapped blocks, void assessments, level paths and rules that the
/// fast path takes and rules it leaves to the reference.
/// </summary>
public sealed class CountsRollUpProperties
{
    private static readonly byte[][] Shapes = [[4], [3], [3, 3, 3, 3, 3, 4], [4, 3], [5]];

    private static readonly byte[] Codes = [0, 1, 2, 3, 4, 4, 1, 2, 5, 9, 255];

    private static readonly SuggestionRule[] Rules =
    [
        SuggestionRule.Default,
        SuggestionRule.Default with { TieBreak = TieBreak.TowardMoreFavourable },
        SuggestionRule.Default with { TieBreak = TieBreak.NoSuggestion, ExcellentCap = ExcellentCap.Ratio(1, 4) },
        SuggestionRule.Default with { ThreeLevelGrades = [Grade.Excellent, Grade.Qualified, Grade.Unqualified], ExcellentCap = ExcellentCap.None },
        SuggestionRule.Default with { Thresholds = [SuggestionThreshold.WhenGradeShareAtLeast(Grade.Excellent, 0.5m, Grade.Excellent)] },
    ];

    [Fact]
    public void The_counts_only_roll_up_equals_the_roll_up_through_each_branch_s_assessment_tally()
    {
        var cases =
            from seed in Gen.Choose(1, int.MaxValue)
            from ruleIndex in Gen.Choose(0, Rules.Length - 1)
            from workers in Gen.Choose(1, 2)
            from depth in Gen.Choose(0, 2)
            from edits in Gen.Choose(0, 3)
            select (seed, ruleIndex, workers, depth, edits);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(cases.ToArbitrary(), c => Same(c.seed, Rules[c.ruleIndex], c.workers, c.depth, c.edits)));
    }

    [Fact]
    public void The_bare_count_s_totals_only_path_equals_the_per_branch_count()
    {
        var cases =
            from seed in Gen.Choose(1, int.MaxValue)
            from workers in Gen.Choose(1, 2)
            from edits in Gen.Choose(0, 3)
            from cut in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 200)))
            select (seed, workers, edits, cut);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(cases.ToArbitrary(), c => SameCount(c.seed, c.workers, c.edits, c.cut)));
    }

    /// <summary>The totals of <see cref="BinaryBallotTally.Count"/> without a per-branch callback (totals only) equal those with one (every branch counted per column), or both refuse the file alike.</summary>
    private static bool SameCount(int seed, int workers, int edits, int cut)
    {
        var random = new Random(seed);
        var file = Round(random);
        for (var edit = 0; edit < edits; edit++)
        {
            file[16 + random.Next(file.Length - 16)] = (byte)random.Next(256);
        }

        // Now and then a truncated file.
        file = file[..Math.Max(0, file.Length - cut)];
        foreach (var skip in new[] { true, false })
        {
            var options = new BallotReadOptions { SkipCorruptBlocks = skip, WorkerCount = workers, ChunkBytes = 4096 };
            NationalTally reference;
            try
            {
                reference = BinaryBallotTally.Count(new MemoryStream(file), options, _ => { });
            }
            catch (BallotFormatException expected)
            {
                var actual = Assert.Throws<BallotFormatException>(() => BinaryBallotTally.Count(new MemoryStream(file), options));
                Assert.Equal(expected.Message, actual.Message);
                continue;
            }

            var fast = BinaryBallotTally.Count(new MemoryStream(file), options);
            Assert.Equal((reference.BranchCount, reference.BallotCount, reference.MarkCount, reference.SkippedBlockCount), (fast.BranchCount, fast.BallotCount, fast.MarkCount, fast.SkippedBlockCount));
            Assert.Equal(reference.CriterionTotals.Select(t => string.Join(',', t)), fast.CriterionTotals.Select(t => string.Join(',', t)));
            Assert.Equal(reference.SkippedBlocks.Select(s => (s.Offset, s.Reason)), fast.SkippedBlocks.Select(s => (s.Offset, s.Reason)));
        }

        return true;
    }

    private static bool Same(int seed, SuggestionRule rule, int workers, int depth, int edits)
    {
        var random = new Random(seed);
        var file = Round(random);
        for (var edit = 0; edit < edits; edit++)
        {
            file[16 + random.Next(file.Length - 16)] = (byte)random.Next(256);
        }

        // Every fifth branch issued one ballot fewer than returned (OL401).
        var map = BinaryAssessmentMap.Default with { IssuedOf = (branch, ballots) => branch % 5 == 0 ? ballots - 1 : ballots };
        ImmutableArray<string> PathOf(long branch) => [.. Enumerable.Range(0, depth).Select(level => $"L{level}-{branch % (level + 2)}")];
        var options = new BallotReadOptions { SkipCorruptBlocks = true, WorkerCount = workers, ChunkBytes = 4096 };

        BinaryRollUp Run(bool countsOnly) => BinaryBallotTally.RollUpWith(new MemoryStream(file), rule, PathOf, options, map, null, countsOnly);
        BinaryRollUp fast, reference;
        try
        {
            reference = Run(countsOnly: false);
        }
        catch (BallotFormatException)
        {
            // A fatal corruption: the fast path must refuse the file the same way.
            return Assert.Throws<BallotFormatException>(() => Run(countsOnly: true)) is not null;
        }

        fast = Run(countsOnly: true);
        Assert.Equal(reference.RollUp, fast.RollUp);
        Assert.Equal(reference.RejectedBallots, fast.RejectedBallots);
        var (a, b) = (reference.Totals, fast.Totals);
        Assert.Equal((a.BranchCount, a.BallotCount, a.MarkCount, a.SkippedBlockCount), (b.BranchCount, b.BallotCount, b.MarkCount, b.SkippedBlockCount));
        Assert.Equal(a.CriterionTotals.Select(t => string.Join(',', t)), b.CriterionTotals.Select(t => string.Join(',', t)));
        Assert.Equal(a.SkippedBlocks.Select(s => (s.Offset, s.Reason)), b.SkippedBlocks.Select(s => (s.Offset, s.Reason)));
        return true;
    }

    /// <summary>A random round of mixed shapes: small branches mostly, now and then one wider than a register, taller than a byte counter or larger than a 4 KiB chunk.</summary>
    internal static byte[] Round(Random random)
    {
        using var stream = new MemoryStream();
        using (var writer = new BallotFileWriter(stream, leaveOpen: true))
        {
            var branches = random.Next(1, 60);
            for (var branch = 1; branch <= branches; branch++)
            {
                var shape = Shapes[random.Next(random.Next(20) == 0 ? Shapes.Length : Shapes.Length - 1)];
                // Mostly small; now and then a branch as wide as a register and taller than a byte counter holds (the row kernel's passes).
                var candidates = random.Next(6) == 0 ? random.Next(15, 70) : random.Next(1, 7);
                var ballots = random.Next(12) == 0 ? random.Next(250, 300) : random.Next(0, 9);
                var serials = random.Next(4) == 0 ? Enumerable.Range(0, ballots).Select(_ => (ulong)random.Next(1, 6)).ToArray() : [];
                // A branch of one mind now and then, so that suggestions of every grade and cap breaches occur.
                var unanimous = random.Next(3) == 0 ? Codes[random.Next(1, 5)] : (byte)0;
                var marks = new byte[ballots * candidates * shape.Length];
                for (var i = 0; i < marks.Length; i++)
                {
                    marks[i] = unanimous != 0 && random.Next(4) != 0 ? unanimous : Codes[random.Next(Codes.Length)];
                }

                writer.WriteBlock(branch, candidates, shape, ballots, serials, marks);
            }
        }

        return stream.ToArray();
    }
}
