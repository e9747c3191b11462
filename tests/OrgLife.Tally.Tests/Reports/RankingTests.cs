using FsCheck;
using FsCheck.Fluent;
using OrgLife.Grades;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Reports;
using OrgLife.Tally.Tests.Properties;

namespace OrgLife.Tally.Tests.Reports;

public sealed class RankingTests
{
    // m1..m5 with 优秀 votes 3, 2, 2, 1, 0 out of 4 ballots.
    private static AssessmentReport Votes()
    {
        var box = new BallotBox(BallotForms.FourGrades, TestForms.Candidates(5), 4);
        string[][] ballots =
        [
            ["优秀", "优秀", "优秀", "优秀", "合格"],
            ["优秀", "优秀", "优秀", "合格", "合格"],
            ["优秀", "合格", "合格", "合格", "不合格"],
            ["合格", "合格", "合格", "合格", "不合格"],
        ];
        for (var i = 0; i < ballots.Length; i++)
        {
            box.Submit(new Ballot($"S{i}", null, [.. ballots[i].Select((g, c) => Mark.Of($"m{c + 1}", null, g))]));
        }

        return box.Report();
    }

    [Fact]
    public void Ties_share_a_rank_and_the_next_rank_skips()
    {
        var ranked = CandidateRanking.Rank(Votes(), RankingMeasure.LevelCount(null, 1));
        Assert.Equal(["m1", "m2", "m3", "m4", "m5"], ranked.Select(r => r.Candidate.Value));
        Assert.Equal([1, 2, 2, 4, 5], ranked.Select(r => r.Rank));
        Assert.Equal([3m, 2m, 2m, 1m, 0m], ranked.Select(r => r.Value!.Value));
    }

    [Fact]
    public void Top_and_bottom_N_include_ties_at_the_edge()
    {
        var report = Votes();
        Assert.Equal(["m1", "m2", "m3"], CandidateRanking.Top(report, RankingMeasure.LevelCount(null, 1), 2).Select(r => r.Candidate.Value));
        Assert.Equal(["m5", "m4"], CandidateRanking.Bottom(report, RankingMeasure.LevelCount(null, 1), 2).Select(r => r.Candidate.Value));
        Assert.Equal(["m5", "m4", "m3", "m2"], CandidateRanking.Bottom(report, RankingMeasure.LevelCount(null, 1), 3).Select(r => r.Candidate.Value));
    }

    [Fact]
    public void Most_excellent_votes_within_the_quota_leave_a_straddling_tie_to_the_organization()
    {
        var report = Votes();
        var cap = ExcellentCap.ThirdOfGraded.Maximum(5); // ⌊5 / 3⌋ = 1
        var one = CandidateRanking.WithinQuota(report, RankingMeasure.LevelCount(null, 1), cap);
        Assert.Equal(["m1"], one.Selected.Select(r => r.Candidate.Value));
        Assert.Empty(one.TiedAtBoundary);
        var two = CandidateRanking.WithinQuota(report, RankingMeasure.LevelCount(null, 1), 2);
        Assert.Equal(["m1"], two.Selected.Select(r => r.Candidate.Value));
        Assert.Equal(["m2", "m3"], two.TiedAtBoundary.Select(r => r.Candidate.Value));
    }

    [Fact]
    public void Satisfaction_is_the_share_of_a_set_of_levels_among_opinions()
    {
        var report = Votes();
        var satisfied = CandidateRanking.Rank(report, RankingMeasure.LevelShare(null, 1, 2));
        Assert.Equal(1m, satisfied.Single(r => r.Candidate.Value == "m1").Value);
        Assert.Equal(0.5m, satisfied.Single(r => r.Candidate.Value == "m5").Value);
    }

    [Theory]
    [InlineData(3, 1, 3, 0, 1)] // thirds: ⌊3 / 3⌋
    [InlineData(2, 1, 3, 0, 0)]
    [InlineData(10, 1, 3, 0, 3)]
    [InlineData(2, 3, 10, 1, 1)] // ⌊0.3 × 2⌋ = 0, at least 1
    [InlineData(10, 3, 10, 1, 3)]
    [InlineData(23, 3, 10, 1, 6)]
    public void The_excellent_cap_is_a_policy_choice(long graded, int numerator, int denominator, int minimum, long expected)
    {
        var cap = numerator == 1 && denominator == 3 && minimum == 0 ? ExcellentCap.ThirdOfGraded : ExcellentCap.Ratio(numerator, denominator, minimum);
        Assert.Equal(expected, cap.Maximum(graded));
        Assert.False(cap.IsExceededBy(expected, graded));
        Assert.True(cap.IsExceededBy(expected + 1, graded));
    }

    [Fact]
    public void The_thirds_cap_is_three_times_excellent_at_most_the_graded_members()
    {
        Check.One(Config.QuickThrowOnFailure, Prop.ForAll(Gen.Choose(0, 200).Two().ToArbitrary(), pair =>
            ExcellentCap.ThirdOfGraded.IsExceededBy(pair.Item1, pair.Item2) == (3L * pair.Item1 > pair.Item2)));
    }

    [Fact]
    public void Ranks_match_one_plus_the_number_of_strictly_better_candidates()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), Prop.ForAll(BallotGenerators.Ballots.ToArbitrary(), ballots =>
        {
            var report = BallotGenerators.Box(ballots).Report();
            var measures = new[] { RankingMeasure.LevelCount(null, 1), RankingMeasure.LevelShare(null, 1, 2), RankingMeasure.LevelShare("理想信念", 1) };
            return measures.All(measure =>
            {
                var ranked = CandidateRanking.Rank(report, measure);
                return ranked.All(r => r.Rank == 1 + ranked.Count(o => o.Value is not null && (r.Value is null || o.Value > r.Value)));
            });
        }));
    }
}
