using System.Text.Json;
using OrgLife.Cli.Tests.Support;

namespace OrgLife.Cli.Tests;

/// <summary>The tally output of a form with validity rules, a turnout condition and score grading (docs/tally.md, docs/cli-output.md).</summary>
public sealed class TallyResultRuleOutputTests(TempFiles files) : IClassFixture<TempFiles>
{
    private const string Form = """
        {"name":"窗口","criteria":[{"name":"总体评价","overall":true,"scale":{"kind":"score","min":0,"max":100,"bands":[
          {"min":90,"max":100,"grade":"优秀"},{"min":75,"max":89,"grade":"合格"},{"min":60,"max":74,"grade":"基本合格"},{"min":0,"max":59,"grade":"不合格"}]}}],
         "voterCategories":[{"name":"党员"}],
         "validityRules":[{"name":"打分全部相同","kind":"allIdentical"}],
         "result":{"turnout":{"counted":"ballotsReturned","comparison":"atLeast","numerator":2,"denominator":3,"base":"BASE"},
                   "grading":{"trim":1,"trimWhenMoreThan":4,"roundToDecimals":1}}}
        """;

    // m1: 95, 95, 95, 40, 40 (trimmed 76.7); m2: 80, 85, 70, 90, 75 (trimmed 80); ballot 6 gives both 88: void (打分全部相同).
    private const string Ballots = """
        branch,ballot,candidate,grade
        W1,1,m1,95
        W1,1,m2,80
        W1,2,m1,95
        W1,2,m2,85
        W1,3,m1,95
        W1,3,m2,70
        W1,4,m1,40
        W1,4,m2,90
        W1,5,m1,40
        W1,5,m2,75
        W1,6,m1,88
        W1,6,m2,88
        """;

    [Fact]
    public void Json_output_shows_void_ballots_by_rule_the_turnout_graded_values_ranks_and_the_result_without_the_rules()
    {
        var result = Tool.Run("tally", files.Write("w.csv", Ballots), "--form", files.Write("w.json", Form.Replace("BASE", "ballotsIssued", StringComparison.Ordinal)), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var report = JsonDocument.Parse(result.Stdout.Split('\n')[0]).RootElement;
        Assert.Equal(6, report.GetProperty("returned").GetInt64());
        Assert.Equal(5, report.GetProperty("accepted").GetInt64());
        Assert.Equal(1, report.GetProperty("voidedBallots").GetInt64());
        var rule = report.GetProperty("voidedByRule").EnumerateArray().Single();
        Assert.Equal(("打分全部相同", "allIdentical", "ballot", 1L, 0L), (rule.GetProperty("rule").GetString(), rule.GetProperty("kind").GetString(), rule.GetProperty("scope").GetString(), rule.GetProperty("ballots").GetInt64(), rule.GetProperty("sections").GetInt64()));
        Assert.True(report.GetProperty("isValid").GetBoolean());
        var turnout = report.GetProperty("turnout");
        Assert.True(turnout.GetProperty("met").GetBoolean());
        Assert.Equal((6L, 6L), (turnout.GetProperty("countedValue").GetInt64(), turnout.GetProperty("baseValue").GetInt64()));
        var candidates = report.GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal([76.7m, 80.0m], candidates.Select(c => c.GetProperty("gradedValue").GetDecimal()));
        Assert.Equal([2, 1], candidates.Select(c => c.GetProperty("rank").GetInt32()));
        Assert.Equal(["qualified", "qualified"], candidates.Select(c => c.GetProperty("suggestedGrade").GetString()));
        var without = report.GetProperty("withoutValidityRules");
        Assert.Equal(6, without.GetProperty("accepted").GetInt64());
        Assert.Equal([79.5m, 82.0m], without.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("gradedValue").GetDecimal()));
    }

    [Fact]
    public void Text_output_names_the_rule_that_voided_ballots_the_turnout_and_the_graded_values()
    {
        var result = Tool.Run("tally", files.Write("wt.csv", Ballots), "--form", files.Write("wt.json", Form.Replace("BASE", "ballotsIssued", StringComparison.Ordinal)));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("returned 6, valid 5, rejected 0, void by a validity rule 1", result.Stdout);
        Assert.Contains("Validity rule '打分全部相同' (allIdentical): 1 ballot(s) void (废票), 0 with a section void", result.Stdout);
        Assert.Contains("Turnout (ballotsReturned atLeast 2/3 ballotsIssued): 6 of 6, met.", result.Stdout);
        Assert.Matches(@"m1 +76\.7 +2 +qualified", result.Stdout);
        Assert.Matches(@"m2 +80 +1 +qualified", result.Stdout);
        Assert.Contains("Without the validity rules (6 valid ballots): m1 qualified (79.5), m2 qualified (82)", result.Stdout);
    }

    [Fact]
    public void A_turnout_that_cannot_be_evaluated_makes_the_assessment_not_valid_and_says_why()
    {
        var form = files.Write("due.json", Form.Replace("BASE", "membersDue", StringComparison.Ordinal));
        var text = Tool.Run("tally", files.Write("due.csv", Ballots), "--form", form, "--culture", "zh-CN");
        var json = JsonDocument.Parse(Tool.Run("tally", files.Write("due2.csv", Ballots), "--form", form, "--format", "json").Stdout.Split('\n')[0]).RootElement;

        Assert.Contains("测评无效——参加人数条件（ballotsReturned atLeast 2/3 membersDue）：未评估：缺少应到人数；不提出建议等次。", text.Stdout);
        Assert.Equal("not evaluated: missing members due (应到)", json.GetProperty("turnout").GetProperty("reason").GetString());
        Assert.False(json.GetProperty("isValid").GetBoolean());
        Assert.False(json.GetProperty("turnout").GetProperty("met").GetBoolean());
        Assert.All(json.GetProperty("candidates").EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("suggestedGrade").ValueKind));
        Assert.All(json.GetProperty("candidates").EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("rank").ValueKind));
    }

    [Fact]
    public void The_json_tally_gives_its_messages_in_the_culture_asked_for_and_in_English_by_default()
    {
        var form = files.Write("due3.json", Form.Replace("BASE", "membersDue", StringComparison.Ordinal));
        var ballots = files.Write("due3.csv", Ballots);
        string? Reason(params string[] culture) => JsonDocument.Parse(Tool.Run(["tally", ballots, "--form", form, "--format", "json", .. culture]).Stdout.Split('\n')[0])
            .RootElement.GetProperty("turnout").GetProperty("reason").GetString();

        Assert.Equal("not evaluated: missing members due (应到)", Reason());
        Assert.Equal("not evaluated: missing members due (应到)", Reason("--culture", "en"));
        Assert.Equal("未评估：缺少应到人数", Reason("--culture", "zh-CN"));
    }
}
