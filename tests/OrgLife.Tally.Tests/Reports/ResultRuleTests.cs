using OrgLife.Grades;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Reports;

public sealed class ResultRuleTests
{
    private static readonly BallotForm TwoCategories = new("两类", [new Criterion("总体评价", Scale.FourGrades, IsOverall: true)], [new VoterCategory("党员", 0.7m), new VoterCategory("群众", 0.3m)]);

    private static BallotBox Box(BallotForm form, long issued, params (string Category, string Level, int Count)[] marks)
    {
        var box = new BallotBox(form, TestForms.Candidates(1), issued);
        var serial = 0;
        foreach (var (category, level, count) in marks)
        {
            for (var i = 0; i < count; i++)
            {
                box.Submit(new Ballot($"S{serial++}", category, level.Length == 0 ? [] : [Mark.Of("m1", null, level)]));
            }
        }

        return box;
    }

    private static Grade? Suggest(BallotBox box, SuggestionRule rule, AssessmentAttendance? attendance = null) =>
        box.ToTally().ToReport(rule, attendance).Candidates[0].SuggestedGrade;

    private static SuggestionRule Unqualified(ShareComparison comparison, decimal share, ShareBase shareBase, string? category = null) =>
        SuggestionRule.Default with
        {
            Thresholds = [SuggestionThreshold.WhenAll(Grade.Unqualified, ShareCondition.OfGrades(comparison, share, shareBase, Grade.Unqualified) with { Category = category })],
        };

    // A threshold suggesting 优秀 when the 不合格 marks compare as given: a marker that the condition held.
    private static SuggestionRule Marker(ShareComparison comparison, decimal share, ShareBase shareBase) =>
        SuggestionRule.Default with { Thresholds = [SuggestionThreshold.WhenAll(Grade.Excellent, ShareCondition.OfGrades(comparison, share, shareBase, Grade.Unqualified))] };

    [Fact]
    public void More_than_half_is_strict_while_at_least_half_is_inclusive()
    {
        var box = Box(BallotForms.FourGrades, 10, ("党员", "不合格", 3), ("党员", "合格", 3));
        Assert.Equal(Grade.Unqualified, Suggest(box, Unqualified(ShareComparison.AtLeast, 0.5m, ShareBase.ValidMarks) with { TieBreak = TieBreak.TowardMoreFavourable }));
        Assert.Equal(Grade.Qualified, Suggest(box, Unqualified(ShareComparison.MoreThan, 0.5m, ShareBase.ValidMarks) with { TieBreak = TieBreak.TowardMoreFavourable }));
    }

    [Theory]
    [InlineData(ShareBase.ValidMarks, ShareComparison.MoreThan, "0.5", true)] // 4 > 3.5
    [InlineData(ShareBase.BallotsReturned, ShareComparison.MoreThan, "0.5", false)] // 4 > 5
    [InlineData(ShareBase.BallotsReturned, ShareComparison.AtLeast, "0.4", true)] // 4 ≥ 4
    [InlineData(ShareBase.BallotsIssued, ShareComparison.AtLeast, "0.4", false)] // 4 ≥ 4.8
    [InlineData(ShareBase.BallotsIssued, ShareComparison.AtLeast, "0.3333333333333333333333333333", true)] // 4 ≥ 3.99…
    [InlineData(ShareBase.MembersDue, ShareComparison.AtLeast, "0.25", true)] // 4 ≥ 4
    [InlineData(ShareBase.MembersDue, ShareComparison.AtLeast, "0.2501", false)] // 4 ≥ 4.0016
    [InlineData(ShareBase.MembersPresent, ShareComparison.AtLeast, "0.3", false)] // 4 ≥ 4.2
    [InlineData(ShareBase.MembersPresent, ShareComparison.AtLeast, "0.28", true)] // 4 ≥ 3.92
    [InlineData(ShareBase.GradedMembers, ShareComparison.AtLeast, "1", true)] // 4 ≥ 1
    [InlineData(ShareBase.ValidMarks, ShareComparison.LessThan, "0.5", false)] // 4 < 3.5
    [InlineData(ShareBase.BallotsReturned, ShareComparison.AtMost, "0.4", true)] // 4 ≤ 4
    public void The_base_decides_whether_abstentions_and_absent_members_count(ShareBase shareBase, ShareComparison comparison, string share, bool holds)
    {
        // 4 不合格, 3 合格 and 3 blank ballots; 12 issued; 16 due, 14 present; 1 graded member.
        var box = Box(BallotForms.FourGrades, 12, ("党员", "不合格", 4), ("党员", "合格", 3), ("党员", "", 3));
        var suggested = Suggest(box, Marker(comparison, decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture), shareBase), new AssessmentAttendance(16, 14));
        Assert.Equal(holds ? Grade.Excellent : Grade.Unqualified, suggested);
    }

    [Fact]
    public void A_fraction_share_is_exact_where_a_decimal_third_is_not()
    {
        // 1 不合格 of 3 valid marks: "more than a third" is false exactly, true with 0.333… as a decimal.
        var box = Box(BallotForms.FourGrades, 10, ("党员", "不合格", 1), ("党员", "合格", 2));
        var exact = SuggestionRule.Default with { Thresholds = [SuggestionThreshold.WhenAll(Grade.Excellent, ShareCondition.OfGrades(ShareComparison.MoreThan, 1, 3, ShareBase.ValidMarks, Grade.Unqualified))] };
        Assert.Equal(Grade.Qualified, Suggest(box, exact));
        Assert.Equal(Grade.Excellent, Suggest(box, Marker(ShareComparison.MoreThan, 1m / 3m, ShareBase.ValidMarks)));
        var atLeast = SuggestionRule.Default with { Thresholds = [SuggestionThreshold.WhenAll(Grade.Excellent, ShareCondition.OfGrades(ShareComparison.AtLeast, 1, 3, ShareBase.ValidMarks, Grade.Unqualified))] };
        Assert.Equal(Grade.Excellent, Suggest(box, atLeast));
    }

    [Fact]
    public void A_rule_needing_attendance_that_was_not_recorded_is_not_evaluated()
    {
        var box = Box(BallotForms.FourGrades, 10, ("党员", "不合格", 4));
        var outcome = box.ToTally().ToReport(Unqualified(ShareComparison.MoreThan, 0.5m, ShareBase.MembersPresent)).Candidates[0].Outcome!;
        Assert.Null(outcome.Grade);
        Assert.Contains("missing members present", outcome.NotEvaluated, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_can_look_at_one_category_and_another_criterion_and_combine_any_or_all()
    {
        var form = new BallotForm("信任率", [new Criterion("信任度", Scale.GoodFairPoor), new Criterion("总体评价", Scale.FourGrades, IsOverall: true)], [new VoterCategory("党员"), new VoterCategory("群众")]);
        var box = new BallotBox(form, TestForms.Candidates(1), 20);
        var serial = 0;
        void Add(string category, string trust, string overall, int count)
        {
            for (var i = 0; i < count; i++)
            {
                box.Submit(new Ballot($"S{serial++}", category, [Mark.Of("m1", "信任度", trust), Mark.Of("m1", "总体评价", overall)]));
            }
        }

        Add("党员", "好", "合格", 8);
        Add("群众", "好", "合格", 2);
        Add("群众", "差", "合格", 3);

        // 群众信任率 (好 among 群众's valid marks) less than 50 % → 不合格: 2 of 5.
        var trust = ShareCondition.OfLevels(ShareComparison.LessThan, 0.5m, ShareBase.ValidMarks, 1) with { Criterion = "信任度", Category = "群众" };
        var all = ShareCondition.OfLevels(ShareComparison.LessThan, 0.5m, ShareBase.ValidMarks, 1) with { Criterion = "信任度" }; // 10 of 13: holds not
        Assert.Equal(Grade.Unqualified, Suggest(box, SuggestionRule.Default with { Thresholds = [SuggestionThreshold.WhenAll(Grade.Unqualified, trust)] }));
        Assert.Equal(Grade.Qualified, Suggest(box, SuggestionRule.Default with { Thresholds = [SuggestionThreshold.WhenAll(Grade.Unqualified, trust, all)] }));
        Assert.Equal(Grade.Unqualified, Suggest(box, SuggestionRule.Default with { Thresholds = [SuggestionThreshold.WhenAny(Grade.Unqualified, all, trust)] }));
    }

    [Fact]
    public void Shares_of_zero_and_one_behave_at_their_edges()
    {
        var none = Box(BallotForms.FourGrades, 10, ("党员", "合格", 4));
        var all = Box(BallotForms.FourGrades, 10, ("党员", "不合格", 4));
        Assert.Equal(Grade.Excellent, Suggest(none, Marker(ShareComparison.AtLeast, 0m, ShareBase.ValidMarks))); // always, with a valid mark
        Assert.Equal(Grade.Qualified, Suggest(none, Marker(ShareComparison.MoreThan, 0m, ShareBase.ValidMarks))); // none counted
        Assert.Equal(Grade.Excellent, Suggest(all, Marker(ShareComparison.MoreThan, 0m, ShareBase.ValidMarks)));
        Assert.Equal(Grade.Excellent, Suggest(all, Marker(ShareComparison.AtLeast, 1m, ShareBase.ValidMarks))); // all counted
        Assert.Equal(Grade.Unqualified, Suggest(all, Marker(ShareComparison.MoreThan, 1m, ShareBase.ValidMarks))); // never
        Assert.Equal(Grade.Excellent, Suggest(all, Marker(ShareComparison.AtMost, 1m, ShareBase.ValidMarks))); // always
        Assert.Equal(Grade.Qualified, Suggest(none, Marker(ShareComparison.LessThan, 0m, ShareBase.ValidMarks))); // never
    }

    [Fact]
    public void The_issue_example_95_95_95_40_40_is_qualified_by_mean_and_excellent_by_band_plurality()
    {
        var box = new BallotBox(TestForms.ScoreForm, TestForms.Candidates(1), 5);
        foreach (var (score, i) in new[] { "95", "95", "95", "40", "40" }.Select((s, i) => (s, i)))
        {
            box.Submit(new Ballot($"S{i}", null, [Mark.Of("m1", null, score)]));
        }

        var tally = box.ToTally();
        Assert.Equal(Grade.Excellent, tally.ToReport(SuggestionRule.Default).Candidates[0].SuggestedGrade);
        var byMean = tally.ToReport(SuggestionRule.Default with { Grading = new ScoreGrading() }).Candidates[0];
        Assert.Equal(Grade.Qualified, byMean.SuggestedGrade);
        Assert.Equal(73m, byMean.Outcome!.Value);

        // Dropping one highest and one lowest when more than 4 marks: (95 + 95 + 40) / 3 = 76.67 → still 合格.
        var trimmed = tally.ToReport(SuggestionRule.Default with { Grading = new ScoreGrading { Trim = 1, TrimWhenMoreThan = 4, RoundToDecimals = 1 } }).Candidates[0];
        Assert.Equal(76.7m, trimmed.Outcome!.Value);
        Assert.Equal(Grade.Qualified, trimmed.SuggestedGrade);
    }

    [Theory]
    [InlineData("89", "90", null, Grade.Qualified)] // mean 89.5, exact: below 90
    [InlineData("89", "90", 0, Grade.Excellent)] // rounded half away from zero: 90
    [InlineData("90", "90", null, Grade.Excellent)] // exactly on the edge: inclusive
    [InlineData("59", "60", 0, Grade.BasicallyQualified)] // 59.5 → 60
    [InlineData("59", "60", null, Grade.Unqualified)]
    public void Means_are_compared_exactly_and_rounded_only_when_the_rule_says(string first, string second, int? round, Grade expected)
    {
        var box = new BallotBox(TestForms.ScoreForm, TestForms.Candidates(1), 5);
        box.Submit(new Ballot("a", null, [Mark.Of("m1", null, first)]));
        box.Submit(new Ballot("b", null, [Mark.Of("m1", null, second)]));
        Assert.Equal(expected, box.Report(SuggestionRule.Default with { Grading = new ScoreGrading { RoundToDecimals = round } }).Candidates[0].SuggestedGrade);
    }

    [Fact]
    public void Level_points_sum_over_criteria_with_weights()
    {
        var points = Scale.GoodFairPoor.WithPoints([10m, 6m, 2m]);
        var form = new BallotForm("积分", [new Criterion("理想信念", points), new Criterion("作风", points)], [new VoterCategory("党员")]);
        var box = new BallotBox(form, TestForms.Candidates(1), 5);
        box.Submit(new Ballot("a", null, [Mark.Of("m1", "理想信念", "好"), Mark.Of("m1", "作风", "一般")]));
        box.Submit(new Ballot("b", null, [Mark.Of("m1", "理想信念", "一般"), Mark.Of("m1", "作风", "差")]));
        var grading = new ScoreGrading
        {
            Weights = [new CriterionWeight("理想信念", 6m), new CriterionWeight("作风", 4m)],
            Bands = [new GradingBand(80m, Grade.Excellent), new GradingBand(50m, Grade.Qualified), new GradingBand(0m, Grade.Unqualified)],
        };
        var outcome = box.Report(SuggestionRule.Default with { Grading = grading }).Candidates[0].Outcome!;
        Assert.Equal(64m, outcome.Value); // 6 × 8 + 4 × 4
        Assert.Equal(Grade.Qualified, outcome.Grade);
    }

    [Fact]
    public void Normalised_category_weights_count_each_group_as_a_whole_whatever_its_size()
    {
        // 党员 70 %: 10 ballots, 9 合格 1 不合格; 群众 30 %: 2 ballots, both 不合格.
        var box = Box(TwoCategories, 20, ("党员", "合格", 9), ("党员", "不合格", 1), ("群众", "不合格", 2));
        var tally = box.ToTally();
        var threshold = SuggestionThreshold.WhenAll(Grade.Unqualified, ShareCondition.OfGrades(ShareComparison.AtLeast, 0.3m, ShareBase.ValidMarks, Grade.Unqualified));
        var perMark = SuggestionRule.Default with { CombineCategoriesByWeight = true, Thresholds = [threshold] };
        var normalised = perMark with { NormaliseCategories = true };
        // Per mark: 0.7 + 0.6 = 1.3 of 7.6 < 30 %. Normalised: 0.7 × 0.1 + 0.3 × 1 = 0.37 of 1 ≥ 30 %.
        Assert.Equal(Grade.Qualified, tally.ToReport(perMark).Candidates[0].SuggestedGrade);
        Assert.Equal(Grade.Unqualified, tally.ToReport(normalised).Candidates[0].SuggestedGrade);
    }

    [Fact]
    public void A_turnout_that_fails_makes_the_assessment_not_valid_with_the_reason()
    {
        var box = Box(BallotForms.FourGrades, 30, ("党员", "合格", 20));
        var rule = SuggestionRule.Default with { Turnout = new TurnoutCondition(TurnoutCounted.BallotsReturned, ShareComparison.AtLeast, 2, 3, TurnoutBase.MembersDue) };
        var met = box.ToTally().ToReport(rule, new AssessmentAttendance(30, null));
        Assert.True(met.IsValid);
        Assert.Equal(Grade.Qualified, met.Candidates[0].SuggestedGrade);
        var failed = box.ToTally().ToReport(rule, new AssessmentAttendance(31, null));
        Assert.False(failed.IsValid);
        Assert.Null(failed.Candidates[0].SuggestedGrade);
        Assert.Contains("20 ballots returned (收回) of 31 due (应到) is not at least 2/3", failed.Turnout!.Reason, StringComparison.Ordinal);
        var strict = rule with { Turnout = rule.Turnout! with { Comparison = ShareComparison.MoreThan } };
        Assert.False(box.ToTally().ToReport(strict, new AssessmentAttendance(30, null)).IsValid);
        var missing = box.ToTally().ToReport(rule);
        Assert.False(missing.IsValid);
        Assert.Equal("not evaluated: missing members due (应到)", missing.Turnout!.Reason);
    }

    [Fact]
    public void A_non_opinion_level_is_counted_apart_and_left_out_of_the_bases()
    {
        var scale = Scale.Custom([new("满意", "satisfied", Grade.Qualified), new("不满意", "dissatisfied", Grade.Unqualified), new("不了解", "unknown", IsNonOpinion: true)]);
        var form = new BallotForm("满意度", [new Criterion("总体评价", scale, IsOverall: true)], [new VoterCategory("群众")]);
        var box = Box(form, 20, ("群众", "满意", 2), ("群众", "不满意", 2), ("群众", "不了解", 6), ("群众", "", 1));
        var rule = SuggestionRule.Default with { Thresholds = [SuggestionThreshold.WhenAll(Grade.Unqualified, ShareCondition.OfGrades(ShareComparison.AtLeast, 0.5m, ShareBase.ValidMarks, Grade.Unqualified))] };
        var report = box.Report(rule);
        var counts = report.Candidates[0].Criteria[0].Combined;
        Assert.Equal(10, counts.ValidMarks);
        Assert.Equal(6, counts.NonOpinions);
        Assert.Equal(4, counts.Opinions);
        Assert.Equal(1, counts.Abstentions);
        Assert.Equal(Grade.Unqualified, report.Candidates[0].SuggestedGrade); // 2 of 4 opinions, not 2 of 10
    }

    [Fact]
    public void A_category_asked_only_some_criteria_and_candidates_has_no_abstentions_on_the_rest()
    {
        var form = new BallotForm(
            "服务对象",
            [new Criterion("服务态度", Scale.Satisfaction), new Criterion("总体评价", Scale.FourGrades, IsOverall: true)],
            [new VoterCategory("党员"), new VoterCategory("服务对象") { Criteria = ["服务态度"], Candidates = ["m2"] }]);
        var box = new BallotBox(form, TestForms.Candidates(2), 10);
        box.Submit(new Ballot("1", "党员", [Mark.Of("m1", "总体评价", "合格"), Mark.Of("m2", "服务态度", "满意")]));
        box.Submit(new Ballot("2", "服务对象", [Mark.Of("m2", "服务态度", "不满意"), Mark.Of("m1", "服务态度", "满意")]));
        box.Submit(new Ballot("3", "服务对象", []));
        var report = box.Report(options: new OrgLife.Tally.Reports.ReportOptions { MinimumCategoryBallots = 1 });
        var m1Service = report.Candidates[0].Criteria[0];
        Assert.False(m1Service.ByCategory[1].IsAsked);
        Assert.Equal(0, m1Service.ByCategory[1].Abstentions);
        Assert.Equal(1, m1Service.Combined.Abstentions); // the 党员 ballot only
        Assert.Equal(1, report.UnattributableVoidMarks); // 服务对象 marking m1
        var m2Service = report.Candidates[1].Criteria[0];
        Assert.Equal(1, m2Service.ByCategory[1].Abstentions);
        Assert.Equal([0L, 0L, 1L], m2Service.ByCategory[1].LevelCounts.ToArray());
        Assert.Equal(1, report.Candidates[1].Criteria[1].Combined.Abstentions); // 党员's blank on m2's overall; 服务对象 is not asked it
    }
}
