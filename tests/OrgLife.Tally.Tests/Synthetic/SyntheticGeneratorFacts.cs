using OrgLife.Tally.Kernels;
using OrgLife.Tally.Synthetic;

namespace OrgLife.Tally.Tests.Synthetic;

public sealed class SyntheticGeneratorFacts
{
    private static byte[] MarksOf(SyntheticBallotGenerator generator, long index)
    {
        var shape = generator.ShapeOf(index);
        var marks = new byte[shape.MarkCount];
        generator.FillMarks(shape, marks);
        return marks;
    }

    [Fact]
    public void The_same_seed_gives_the_same_branches_byte_for_byte_and_another_seed_does_not()
    {
        var first = new SyntheticBallotGenerator(new SyntheticRoundOptions(seed: 11, branchCount: 50));
        var again = new SyntheticBallotGenerator(new SyntheticRoundOptions(seed: 11, branchCount: 50));
        var other = new SyntheticBallotGenerator(new SyntheticRoundOptions(seed: 12, branchCount: 50));
        Assert.Equal(MarksOf(first, 37), MarksOf(again, 37));
        Assert.Equal(first.ShapeOf(37), again.ShapeOf(37));
        Assert.NotEqual(MarksOf(first, 37), MarksOf(other, 37));
    }

    [Fact]
    public void A_known_seed_keeps_its_first_branch_so_the_algorithm_cannot_drift_silently()
    {
        var generator = new SyntheticBallotGenerator(new SyntheticRoundOptions(seed: 2024, branchCount: 10));
        var shape = generator.ShapeOf(0);
        Assert.Equal((1L, shape.MemberCount, shape.ProbationaryCount), (shape.BranchId, 24, 0));
        Assert.Equal("2,2,1,2,2,2,1,2", string.Join(',', MarksOf(generator, 0)[..8]));
    }

    [Fact]
    public void Branch_sizes_stay_within_3_to_50_with_a_mean_near_22_and_about_478_marks_per_branch()
    {
        var generator = new SyntheticBallotGenerator(new SyntheticRoundOptions(seed: 5, branchCount: 20_000));
        var shapes = generator.Shapes().ToList();
        Assert.All(shapes, s => Assert.InRange(s.MemberCount, 3, 50));
        Assert.All(shapes, s => Assert.InRange(s.CandidateCount, 1, s.MemberCount));
        Assert.InRange(shapes.Average(s => s.MemberCount), 21.5, 22.1);
        Assert.InRange(shapes.Average(s => s.MarkCount), 465, 490);
        Assert.InRange(shapes.Sum(s => s.ProbationaryCount) / (double)shapes.Sum(s => s.MemberCount), 0.025, 0.035);
    }

    [Fact]
    public void The_grade_mix_is_mostly_qualified_with_some_excellent_few_low_grades_some_blanks_and_rare_voids()
    {
        var generator = new SyntheticBallotGenerator(new SyntheticRoundOptions(seed: 9, branchCount: 2_000));
        var counts = new long[6];
        for (long index = 0; index < 2_000; index++)
        {
            foreach (var code in MarksOf(generator, index))
            {
                counts[code == MarkCodes.Void ? 5 : code]++;
            }
        }

        double total = counts.Sum();
        Assert.InRange(counts[1] / total, 0.16, 0.22); // 优秀
        Assert.InRange(counts[2] / total, 0.69, 0.77); // 合格
        Assert.InRange(counts[3] / total, 0.02, 0.05); // 基本合格
        Assert.InRange(counts[4] / total, 0.002, 0.01); // 不合格
        Assert.InRange(counts[0] / total, 0.03, 0.05); // blank
        Assert.InRange(counts[5] / total, 0.003, 0.008); // void
    }

    [Fact]
    public void The_six_criterion_form_has_five_three_level_criteria_then_the_four_grade_overall()
    {
        var generator = new SyntheticBallotGenerator(new SyntheticRoundOptions(seed: 3, branchCount: 100, criteriaPerCandidate: 6));
        Assert.Equal(new byte[] { 3, 3, 3, 3, 3, 4 }, generator.LevelCounts.ToArray());
        for (long index = 0; index < 100; index++)
        {
            var marks = MarksOf(generator, index);
            for (var i = 0; i < marks.Length; i++)
            {
                var own = generator.LevelCounts[i % 6];
                Assert.True(marks[i] <= own || marks[i] == MarkCodes.Void, $"mark {marks[i]} in a {own}-level column");
            }
        }
    }

    [Fact]
    public void Serials_are_distinct_across_the_round()
    {
        var generator = new SyntheticBallotGenerator(new SyntheticRoundOptions(seed: 1, branchCount: 300, includeSerials: true));
        var all = new HashSet<ulong>();
        foreach (var shape in generator.Shapes())
        {
            var serials = new ulong[shape.BallotCount];
            SyntheticBallotGenerator.FillSerials(shape, serials);
            Assert.All(serials, serial => Assert.True(all.Add(serial)));
        }
    }

    [Fact]
    public void Impossible_options_are_rejected_with_the_parameter_named()
    {
        Assert.Equal("branchCount", Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticRoundOptions(1, branchCount: 0)).ParamName);
        Assert.Equal("criteriaPerCandidate", Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticRoundOptions(1, criteriaPerCandidate: 65)).ParamName);
        Assert.Equal("probationaryShare", Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticRoundOptions(1, probationaryShare: double.NaN)).ParamName);
    }
}
