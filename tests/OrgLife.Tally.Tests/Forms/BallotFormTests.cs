using OrgLife.Grades;
using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Tests.Forms;

public sealed class BallotFormTests
{
    private static readonly VoterCategory Members = new("党员");

    [Fact]
    public void Built_in_forms_are_valid_and_the_six_criterion_form_ends_with_the_overall_grade()
    {
        Assert.Single(BallotForms.FourGrades.Criteria);
        Assert.Equal(ScaleKind.GoodFairPoor, BallotForms.GoodFairPoor.Criteria[0].Scale.Kind);
        Assert.Equal(6, BallotForms.SixCriteria.Criteria.Length);
        Assert.Equal(5, BallotForms.SixCriteria.OverallCriterionIndex);
        Assert.Equal(4, BallotForms.SixCriteria.WidestLevelCount);
    }

    [Fact]
    public void An_empty_custom_scale_is_refused()
    {
        var error = Assert.Throws<BallotFormException>(() => Scale.Custom([]));
        Assert.Contains(error.Problems, p => p.Path == "scale.levels");
    }

    [Fact]
    public void A_custom_scale_of_nine_levels_is_refused()
    {
        var levels = Enumerable.Range(1, 9).Select(i => new ScaleLevel($"L{i}", $"l{i}"));
        var error = Assert.Throws<BallotFormException>(() => Scale.Custom(levels));
        Assert.Contains("at most 8 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_scale_of_eight_levels_is_accepted()
    {
        var scale = Scale.Custom(Enumerable.Range(1, 8).Select(i => new ScaleLevel($"L{i}", $"l{i}")));
        Assert.Equal(8, scale.LevelCount);
    }

    [Fact]
    public void Duplicate_level_names_and_codes_are_refused()
    {
        var error = Assert.Throws<BallotFormException>(() => Scale.Custom([new("好", "good"), new("好", "GOOD")]));
        Assert.Contains(error.Problems, p => p.Path == "scale.levels[1].name");
        Assert.Contains(error.Problems, p => p.Path == "scale.levels[1].code");
    }

    [Fact]
    public void A_score_range_of_more_than_254_values_is_refused_and_254_is_accepted()
    {
        Assert.Throws<BallotFormException>(() => Scale.ScoreRange(0, 254, [new ScoreBand(0, 254, Grade.Qualified)]));
        Assert.Equal(254, Scale.ScoreRange(0, 253, [new ScoreBand(0, 253, Grade.Qualified)]).LevelCount);
    }

    [Fact]
    public void Bands_that_leave_a_gap_are_refused_naming_the_first_uncovered_score()
    {
        var error = Assert.Throws<BallotFormException>(() => Scale.ScoreRange(0, 100, [new ScoreBand(0, 59, Grade.Unqualified), new ScoreBand(61, 100, Grade.Qualified)]));
        Assert.Contains("60 is in no band", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bands_that_overlap_are_refused()
    {
        var error = Assert.Throws<BallotFormException>(() => Scale.ScoreRange(0, 100, [new ScoreBand(0, 60, Grade.Unqualified), new ScoreBand(60, 100, Grade.Qualified)]));
        Assert.Contains("60 is in 2 bands", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_criterion_names_are_refused()
    {
        var error = Assert.Throws<BallotFormException>(() => new BallotForm("f", [new("理想信念", Scale.GoodFairPoor), new("理想信念", Scale.GoodFairPoor)], [Members]));
        Assert.Contains(error.Problems, p => p.Path == "criteria[1].name");
    }

    [Fact]
    public void Two_overall_criteria_are_refused()
    {
        var error = Assert.Throws<BallotFormException>(() => new BallotForm("f", [new("a", Scale.FourGrades, true), new("b", Scale.FourGrades, true)], [Members]));
        Assert.Contains(error.Problems, p => p.Path == "criteria[1].overall");
    }

    [Fact]
    public void A_form_without_voter_categories_is_refused()
    {
        var error = Assert.Throws<BallotFormException>(() => new BallotForm("f", [new("a", Scale.FourGrades, true)], []));
        Assert.Contains(error.Problems, p => p.Path == "voterCategories");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_weight_of_zero_or_less_is_refused(int weight)
    {
        var error = Assert.Throws<BallotFormException>(() => new BallotForm("f", [new("a", Scale.FourGrades, true)], [new VoterCategory("党员", weight)]));
        Assert.Contains(error.Problems, p => p.Path == "voterCategories[0].weight");
    }

    [Fact]
    public void An_overall_custom_scale_needs_a_grade_on_every_level()
    {
        var scale = Scale.Custom([new("很好", "very-good", Grade.Excellent), new("较好", "good")]);
        var error = Assert.Throws<BallotFormException>(() => new BallotForm("f", [new("总体", scale, true)], [Members]));
        Assert.Contains(error.Problems, p => p.Path == "criteria[0].scale.levels");
    }

    [Fact]
    public void A_form_survives_a_json_round_trip()
    {
        var form = new BallotForm(
            "测评表",
            [
                new("理想信念", Scale.GoodFairPoor),
                new("满意度", Scale.Satisfaction),
                new("自定", Scale.Custom([new("甲", "a", Grade.Excellent), new("乙", "b", Grade.Unqualified)])),
                new("得分", Scale.ScoreRange(0, 100, [new(90, 100, Grade.Excellent), new(60, 89, Grade.Qualified), new(0, 59, Grade.Unqualified)]), true),
            ],
            [new VoterCategory("党员"), new VoterCategory("群众代表", 0.5m)],
            [new Criterion("班子整体", Scale.Satisfaction)]);

        var json = BallotFormJson.Serialize(form);

        Assert.Equal(form, BallotFormJson.Parse(json));
    }

    [Fact]
    public void Json_with_an_unknown_member_is_refused_naming_the_path()
    {
        var error = Assert.Throws<BallotFormException>(() => BallotFormJson.Parse("""{"name":"f","criteria":[{"name":"a","scale":{"kind":"fourGrades","extra":1}}],"voterCategories":[{"name":"党员"}]}"""));
        Assert.Contains("criteria[0].scale", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_with_an_invalid_band_is_refused_naming_the_criterion()
    {
        const string json = """
            {"name":"f","criteria":[{"name":"得分","overall":true,"scale":{"kind":"score","min":0,"max":100,"bands":[{"min":0,"max":50,"grade":"不合格"}]}}],
             "voterCategories":[{"name":"党员"}]}
            """;
        var error = Assert.Throws<BallotFormException>(() => BallotFormJson.Parse(json));
        Assert.Contains(error.Problems, p => p.Path == "criteria[0].scale.bands");
    }

    [Fact]
    public void Json_with_an_unknown_scale_kind_is_refused()
    {
        var error = Assert.Throws<BallotFormException>(() => BallotFormJson.Parse("""{"name":"f","criteria":[{"name":"a","scale":{"kind":"stars"}}],"voterCategories":[{"name":"党员"}]}"""));
        Assert.Contains(error.Problems, p => p.Path == "criteria[0].scale.kind");
    }
}
