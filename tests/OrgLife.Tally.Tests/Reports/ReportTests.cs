using OrgLife.Grades;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Reports;

public sealed class ReportTests
{
    private static AssessmentReport Report(BallotForm form, SuggestionRule rule, params (string Category, string Level, int Count)[] marks)
    {
        var box = new BallotBox(form, TestForms.Candidates(1), 1000);
        var serial = 0;
        foreach (var (category, level, count) in marks)
        {
            for (var i = 0; i < count; i++)
            {
                box.Submit(new Ballot($"S{serial++}", category, [Mark.Of("m1", null, level)]));
            }
        }

        return box.Report(rule);
    }

    private static AssessmentReport FourGrades(SuggestionRule rule, params (string Level, int Count)[] marks) =>
        Report(BallotForms.FourGrades, rule, [.. marks.Select(m => ("党员", m.Level, m.Count))]);

    [Fact]
    public void Shares_are_exact_decimal_fractions_of_valid_marks_and_exclude_blanks_and_voids()
    {
        var box = new BallotBox(BallotForms.FourGrades, TestForms.Candidates(1), 10);
        box.Submit(new Ballot("a", null, [Mark.Of("m1", null, "优秀")]));
        box.Submit(new Ballot("b", null, [Mark.Of("m1", null, "合格")]));
        box.Submit(new Ballot("c", null, [Mark.Of("m1", null, "合格")]));
        box.Submit(new Ballot("d", null, []));
        box.Submit(new Ballot("e", null, [Mark.Of("m1", null, "?")]));

        var counts = box.Report().Candidates[0].Criteria[0].Combined;
        Assert.Equal(3, counts.ValidMarks);
        Assert.Equal(1m / 3m, counts.Shares[0]);
        Assert.Equal(2m / 3m, counts.Shares[1]);
        Assert.Equal(0m, counts.Shares[3]);
        Assert.Equal(2, counts.LeadingLevel);
        Assert.Equal("合格", counts.LeadingLevelName);
    }

    [Fact]
    public void A_tie_for_first_has_no_leading_level()
    {
        var counts = FourGrades(SuggestionRule.Default, ("合格", 2), ("基本合格", 2)).Candidates[0].Criteria[0].Combined;
        Assert.Null(counts.LeadingLevel);
    }

    [Fact]
    public void Plurality_suggests_the_grade_with_most_marks()
    {
        Assert.Equal(Grade.Qualified, FourGrades(SuggestionRule.Default, ("优秀", 3), ("合格", 5), ("不合格", 1)).Candidates[0].SuggestedGrade);
    }

    [Theory]
    [InlineData(TieBreak.TowardLessFavourable, Grade.BasicallyQualified)]
    [InlineData(TieBreak.TowardMoreFavourable, Grade.Qualified)]
    [InlineData(TieBreak.NoSuggestion, null)]
    public void A_plurality_tie_is_resolved_by_the_tie_rule(TieBreak tieBreak, Grade? expected)
    {
        var rule = SuggestionRule.Default with { TieBreak = tieBreak };
        Assert.Equal(expected, FourGrades(rule, ("合格", 4), ("基本合格", 4), ("优秀", 1)).Candidates[0].SuggestedGrade);
    }

    [Fact]
    public void An_unqualified_threshold_is_inclusive_and_takes_precedence_over_plurality()
    {
        var rule = SuggestionRule.Default with { Thresholds = [SuggestionThreshold.WhenGradeShareAtLeast(Grade.Unqualified, 0.3m, Grade.Unqualified)] };
        Assert.Equal(Grade.Unqualified, FourGrades(rule, ("合格", 7), ("不合格", 3)).Candidates[0].SuggestedGrade);
        Assert.Equal(Grade.Qualified, FourGrades(rule, ("合格", 8), ("不合格", 3)).Candidates[0].SuggestedGrade);
    }

    [Fact]
    public void Thresholds_are_evaluated_in_order_and_the_first_reached_wins()
    {
        var rule = SuggestionRule.Default with
        {
            Thresholds =
            [
                SuggestionThreshold.WhenGradeShareAtLeast(Grade.Unqualified, 0.5m, Grade.Unqualified),
                SuggestionThreshold.WhenGradeShareAtLeast(Grade.Excellent, 0.5m, Grade.Excellent),
            ],
        };
        Assert.Equal(Grade.Unqualified, FourGrades(rule, ("优秀", 5), ("不合格", 5)).Candidates[0].SuggestedGrade);
    }

    [Fact]
    public void Good_fair_poor_maps_to_qualified_by_default_and_excellent_only_by_threshold()
    {
        var plain = Report(BallotForms.GoodFairPoor, SuggestionRule.Default, ("党员", "好", 9), ("党员", "一般", 1));
        Assert.Equal(Grade.Qualified, plain.Candidates[0].SuggestedGrade);

        var rule = SuggestionRule.Default with { Thresholds = [SuggestionThreshold.WhenLevelShareAtLeast(1, 0.9m, Grade.Excellent)] };
        Assert.Equal(Grade.Excellent, Report(BallotForms.GoodFairPoor, rule, ("党员", "好", 9), ("党员", "一般", 1)).Candidates[0].SuggestedGrade);
        Assert.Equal(Grade.Qualified, Report(BallotForms.GoodFairPoor, rule, ("党员", "好", 8), ("党员", "一般", 2)).Candidates[0].SuggestedGrade);
        Assert.Equal(Grade.Unqualified, Report(BallotForms.GoodFairPoor, rule, ("党员", "差", 6), ("党员", "一般", 2)).Candidates[0].SuggestedGrade);
    }

    [Fact]
    public void The_three_level_mapping_is_part_of_the_rule()
    {
        var rule = SuggestionRule.Default with { ThreeLevelGrades = [Grade.Excellent, Grade.Qualified, Grade.Unqualified] };
        Assert.Equal(Grade.Excellent, Report(BallotForms.GoodFairPoor, rule, ("党员", "好", 6), ("党员", "一般", 2)).Candidates[0].SuggestedGrade);
        Assert.Throws<ArgumentException>(() => SuggestionRule.Default with { ThreeLevelGrades = [Grade.Excellent] });
    }

    [Fact]
    public void Categories_combine_by_weight_only_when_the_rule_says_so()
    {
        var form = new BallotForm("f", [new Criterion("总体评价", Scale.FourGrades, true)], [new VoterCategory("党员", 2m), new VoterCategory("群众代表")]);
        var marks = new[] { ("党员", "优秀", 3), ("群众代表", "合格", 5) };
        Assert.Equal(Grade.Qualified, Report(form, SuggestionRule.Default, marks).Candidates[0].SuggestedGrade);
        var weighted = Report(form, SuggestionRule.Default with { CombineCategoriesByWeight = true }, marks);
        Assert.Equal(Grade.Excellent, weighted.Candidates[0].SuggestedGrade);
        Assert.Equal([3L, 5, 0, 0], weighted.Candidates[0].Criteria[0].Combined.LevelCounts.ToArray());
        Assert.Equal([3L, 0, 0, 0], weighted.Candidates[0].Criteria[0].ByCategory[0].LevelCounts.ToArray());
    }

    [Fact]
    public void No_valid_mark_gives_no_suggestion()
    {
        Assert.Null(FourGrades(SuggestionRule.Default).Candidates[0].SuggestedGrade);
    }

    [Fact]
    public void Scores_give_mean_median_and_band_counts()
    {
        var box = new BallotBox(TestForms.ScoreForm, TestForms.Candidates(1), 10);
        int[] scores = [95, 80, 80, 65, 40, 100];
        for (var i = 0; i < scores.Length; i++)
        {
            box.Submit(new Ballot($"S{i}", null, [Mark.OfScore("m1", null, scores[i])]));
        }

        var criterion = box.Report().Candidates[0].Criteria[0];
        var summary = criterion.Combined.Scores!;
        Assert.Equal(460m / 6m, summary.Mean);
        Assert.Equal(80m, summary.Median);
        Assert.Equal([2L, 2, 1, 1], summary.BandCounts.ToArray());
        Assert.Equal(Grade.Qualified, criterion.SuggestedGrade); // 2 excellent vs 2 qualified bands: the tie goes down.
    }

    [Fact]
    public void The_median_of_an_even_number_of_scores_is_the_mean_of_the_middle_two()
    {
        var box = new BallotBox(TestForms.ScoreForm, TestForms.Candidates(1), 10);
        box.Submit(new Ballot("a", null, [Mark.OfScore("m1", null, 61)]));
        box.Submit(new Ballot("b", null, [Mark.OfScore("m1", null, 70)]));
        Assert.Equal(65.5m, box.Report().Candidates[0].Criteria[0].Combined.Scores!.Median);
    }

    [Fact]
    public void A_score_scale_with_no_scores_has_no_mean_or_median()
    {
        var summary = new BallotBox(TestForms.ScoreForm, TestForms.Candidates(1), 10).Report().Candidates[0].Criteria[0].Combined.Scores!;
        Assert.Null(summary.Mean);
        Assert.Null(summary.Median);
    }

    [Fact]
    public void The_report_counts_issued_returned_accepted_and_rejected_ballots()
    {
        var box = new BallotBox(BallotForms.FourGrades, TestForms.Candidates(1), 7);
        box.Submit(new Ballot("a", null, []));
        box.Submit(new Ballot("a", null, []));
        box.Submit(new Ballot("b", "群众", []));
        var report = box.Report();
        Assert.Equal((7L, 3L, 1L, 2L), (report.Issued, report.Returned, report.Accepted, report.Rejected));
        Assert.False(report.IsVoid);
    }
}
