using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Binary;

/// <summary>
/// Exact first, then fast: the binary roll-up keeps, per worker, the candidate lists and the lists found to fit the
/// current form by candidate count. Under maps that fit some blocks and not others (a wrong candidate count for some
/// branches, a form of another scale for a shape), it must give what each block read one by one and counted through
/// its own ballot box gives: the same roll-up, the same rejected ballots, the same unmapped blocks.
/// </summary>
public sealed class RollUpMapProperties
{
    private static readonly BinaryAssessmentMap[] Maps =
    [
        BinaryAssessmentMap.Default,
        BinaryAssessmentMap.Default with { CandidatesOf = (branch, count) => BinaryAssessmentMap.PositionalCandidates(branch % 5 == 0 ? count + 1 : count) },
        BinaryAssessmentMap.Default with { FormOf = levels => levels.Length == 2 ? BallotForms.FourGrades : levels is [4] ? BallotForms.GoodFairPoor : BinaryAssessmentMap.DefaultForm(levels) },
    ];

    [Fact]
    public void The_roll_up_equals_each_block_through_its_own_ballot_box_under_maps_that_fit_some_blocks_only()
    {
        var cases =
            from seed in Gen.Choose(1, int.MaxValue)
            from workers in Gen.Choose(1, 2)
            from map in Gen.Choose(0, Maps.Length - 1)
            select (seed, workers, map);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), Prop.ForAll(cases.ToArbitrary(), c => Same(c.seed, c.workers, Maps[c.map])));
    }

    private static bool Same(int seed, int workers, BinaryAssessmentMap map)
    {
        var file = CountsRollUpProperties.Round(new Random(seed));
        var rule = SuggestionRule.Default;
        var expected = new List<BranchTally>();
        var unmapped = new List<long>();
        long rejected = 0;
        using (var reader = new BallotFileReader(new MemoryStream(file)))
        {
            while (reader.MoveNext())
            {
                var block = reader.Current;
                BallotForm form;
                AssessmentCandidates candidates;
                try
                {
                    form = map.FormOf([.. block.LevelCounts]);
                    candidates = map.CandidatesOf(block.BranchId, block.CandidateCount);
                    BinaryAssessmentMap.CheckFits(form, candidates, block.LevelCounts, block.CandidateCount, block.BranchId);
                }
                catch (ArgumentException)
                {
                    unmapped.Add(block.Offset);
                    continue;
                }

                string[]? serials = block.HasSerials ? new string[block.BallotCount] : null;
                for (var ballot = 0; ballot < (serials?.Length ?? 0); ballot++)
                {
                    serials![ballot] = block.SerialOf(ballot).ToString(CultureInfo.InvariantCulture);
                }

                var box = new BallotBox(form, candidates, map.IssuedOf(block.BranchId, block.BallotCount));
                rejected += box.AddCodedBlock(form.VoterCategories[0].Name, block.Marks, serials).Rejections.Length;
                expected.Add(new BranchTally(new BranchId(block.BranchId.ToString(CultureInfo.InvariantCulture)), [], box.ToTally()));
            }
        }

        var result = BinaryBallotTally.RollUp(new MemoryStream(file), rule, _ => [], new BallotReadOptions { WorkerCount = workers, ChunkBytes = 4096 }, map);
        Assert.Equal(RollUp.Build(expected, rule, maxDegreeOfParallelism: 1), result.RollUp);
        Assert.Equal(rejected, result.RejectedBallots);
        Assert.Equal(unmapped, result.Totals.SkippedBlocks.Select(s => s.Offset));
        return true;
    }
}
