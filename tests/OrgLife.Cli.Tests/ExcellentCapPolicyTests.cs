using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using OrgLife.Cli.Tally;
using OrgLife.Cli.Tests.Support;
using OrgLife.Rules.Policies;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Reports;

namespace OrgLife.Cli.Tests;

/// <summary>OL303 in roll-ups as a policy choice: the tally's Excellent cap from the --policy preset or the form (docs/tally.md).</summary>
public sealed class ExcellentCapPolicyTests(TempFiles files) : IClassFixture<TempFiles>
{
    // B1: a is suggested 优秀 of 2 graded (3 × 1 > 2: over a third).
    private const string Csv = "branch,ballot,candidate,grade\nB1,1,a,优秀\nB1,1,b,合格\nB1,2,a,优秀\nB1,2,b,合格\n";

    [Fact]
    public void The_roll_up_cap_is_the_policy_s_own_a_third_nationally_and_none_under_municipal_2016()
    {
        var national = Tool.Run("tally", files.Write("cap.csv", Csv), "--format", "json");
        var municipal = Tool.Run("tally", files.Write("cap2.csv", Csv), "--format", "json", "--policy", "municipal-2016");
        var municipalText = Tool.Run("tally", files.Write("cap3.csv", Csv), "--policy", "municipal-2016");

        Assert.Single(Summary(national).GetProperty("overExcellentCap").EnumerateArray());
        Assert.Empty(Summary(municipal).GetProperty("overExcellentCap").EnumerateArray());
        Assert.Contains("No Excellent cap under this policy (OL303 not applicable", municipalText.Stdout);
    }

    [Fact]
    public void A_form_that_sets_its_own_cap_keeps_it_under_any_policy()
    {
        // ⌊0.3 × 2⌋ = 0 with at least 1: one 优秀 of 2 is within the cap.
        var form = files.Write("capform.json", """{"name":"f","criteria":[{"name":"总体评价","overall":true,"scale":{"kind":"fourGrades"}}],"voterCategories":[{"name":"党员"}],"result":{"excellentCap":{"numerator":3,"denominator":10,"minimum":1}}}""");
        var text = Tool.Run("tally", files.Write("cap4.csv", Csv), "--form", form, "--policy", "municipal-2016");
        var json = Tool.Run("tally", files.Write("cap5.csv", Csv), "--form", form, "--format", "json");

        Assert.Contains("No branch is over the Excellent cap (OL303).", text.Stdout);
        Assert.Empty(Summary(json).GetProperty("overExcellentCap").EnumerateArray());
        Assert.Equal(ExcellentCap.Ratio(3, 10, 1), PolicyExcellentCap.Apply(SuggestionRule.Default, BallotFormJson.Parse(File.ReadAllText(form)), PolicyPresets.National).ExcellentCap);
    }

    [Fact]
    public void The_roll_up_cap_taken_from_a_policy_breaks_exactly_when_the_validator_s_OL303_does()
    {
        var cases = from denominator in Gen.Choose(1, 12)
                    from numerator in Gen.Choose(0, denominator)
                    from graded in Gen.Choose(0, 60)
                    from excellent in Gen.Choose(0, graded)
                    select (numerator, denominator, graded, excellent);
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(500),
            Prop.ForAll(cases.ToArbitrary(), c =>
                ExcellentCap.OfPolicy(c.numerator, c.denominator).IsExceededBy(c.excellent, c.graded)
                    == new Ratio(c.numerator, c.denominator).IsExceededBy(c.excellent, c.graded)
                && !ExcellentCap.OfPolicy(null, 3).IsExceededBy(c.graded, c.graded)));
        Assert.Same(ExcellentCap.ThirdOfGraded, ExcellentCap.OfPolicy(1, 3));
        Assert.Equal(ExcellentCap.None, ExcellentCap.Ratio(1, 1));
        Assert.Equal(ExcellentCap.None, PolicyExcellentCap.Apply(SuggestionRule.Default, null, PolicyPresets.Municipal2016).ExcellentCap);
    }

    private static JsonElement Summary(CliResult result) =>
        JsonDocument.Parse(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]).RootElement;
}
