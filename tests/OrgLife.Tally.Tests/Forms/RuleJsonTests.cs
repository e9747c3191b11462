using OrgLife.Grades;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Forms;

public sealed class RuleJsonTests
{
    private const string Form = """
        {
          "name": "规则",
          "criteria": [
            { "name": "作风", "scale": { "kind": "goodFairPoor", "points": [10, 6, 2] } },
            { "name": "总体评价", "overall": true, "scale": { "kind": "fourGrades" } }
          ],
          "voterCategories": [ { "name": "党员", "weight": 0.7 }, { "name": "群众", "weight": 0.3, "criteria": ["总体评价"] } ],
          "validityRules": [
            { "name": "优秀超过三分之一", "kind": "atMostShare", "levels": ["优秀"], "numerator": 1, "denominator": 3, "scope": "section" },
            { "name": "优秀但作风差", "kind": "overallInconsistent", "levels": ["excellent"], "itemLevels": ["差"] }
          ],
          "result": {
            "tieBreak": "noSuggestion", "threeLevelGrades": ["excellent", "qualified", "unqualified"],
            "weighted": true, "normaliseCategories": true,
            "thresholds": [ { "suggests": "unqualified", "combine": "anyOf", "conditions": [
              { "comparison": "moreThan", "share": 0.5, "base": "membersDue", "grades": ["unqualified", "basically-qualified"] },
              { "comparison": "atMost", "share": 0.2, "levels": [1], "criterion": "作风", "category": "党员" },
              { "comparison": "moreThan", "numerator": 1, "denominator": 3, "base": "ballotsReturned", "grades": ["不合格"] } ] } ],
            "grading": { "weights": [ { "criterion": "作风", "weight": 10 } ], "bands": [ { "atLeast": 80, "grade": "优秀" }, { "atLeast": 0, "grade": "合格" } ], "trim": 1, "trimWhenMoreThan": 6, "roundToDecimals": 1 },
            "turnout": { "counted": "membersPresent", "comparison": "moreThan", "numerator": 1, "denominator": 2, "base": "membersDue" },
            "excellentCap": { "numerator": 3, "denominator": 10, "minimum": 1 }
          }
        }
        """;

    [Fact]
    public void Every_rule_member_reads_and_writes_back_to_an_equal_form()
    {
        var form = BallotFormJson.Parse(Form);
        Assert.Equal(form, BallotFormJson.Parse(BallotFormJson.Serialize(form)));
        var rule = form.ResultRule!;
        Assert.Equal(TieBreak.NoSuggestion, rule.TieBreak);
        Assert.True(rule.NormaliseCategories);
        Assert.Equal(ThresholdCombination.AnyOf, rule.Thresholds[0].Combination);
        Assert.Equal([Grade.BasicallyQualified, Grade.Unqualified], rule.Thresholds[0].Conditions[0].Grades.ToArray());
        Assert.Equal(("作风", "党员"), (rule.Thresholds[0].Conditions[1].Criterion, rule.Thresholds[0].Conditions[1].Category));
        Assert.Equal(3, rule.ExcellentCap.Maximum(10));
        Assert.Equal((1m, 3), (rule.Thresholds[0].Conditions[2].Share, rule.Thresholds[0].Conditions[2].ShareDenominator));
        Assert.Equal(ShareBase.MembersDue, rule.Thresholds[0].Conditions[0].Base);
        Assert.Equal(10m, form.Criteria[0].Scale.PointsOf(1));
        Assert.Equal((1, 3), (form.ValidityRules[0].ShareNumerator, form.ValidityRules[0].ShareDenominator));
        Assert.Equal([3], form.ValidityRules[1].ItemLevels.ToArray());
    }

    [Theory]
    [InlineData("\"comparison\": \"moreThan\"", "\"comparison\": \"beyond\"", "result.thresholds[0].conditions[0].comparison")]
    [InlineData("\"levels\": [\"优秀\"]", "\"levels\": [\"卓越\"]", "validityRules[0].levels")]
    [InlineData("\"numerator\": 1, \"denominator\": 3, \"scope\"", "\"numerator\": 4, \"denominator\": 3, \"scope\"", "validityRules[0].share")]
    [InlineData("\"numerator\": 1, \"denominator\": 3, \"base\"", "\"share\": 0.5, \"numerator\": 1, \"denominator\": 3, \"base\"", "result.thresholds[0].conditions[2].share")]
    [InlineData("\"criteria\": [\"总体评价\"]", "\"criteria\": [\"无\"]", "voterCategories[1].criteria")]
    [InlineData("\"points\": [10, 6, 2]", "\"points\": [10, 6]", "criteria[0].scale.points")]
    public void A_bad_rule_is_refused_with_its_path(string good, string bad, string path)
    {
        var e = Assert.Throws<BallotFormException>(() => BallotFormJson.Parse(Form.Replace(good, bad, StringComparison.Ordinal)));
        Assert.Contains(e.Problems, p => p.Path == path);
    }
}
