using System.Text.Json;
using OrgLife.Cli.Tests.Support;
using OrgLife.Rules.Catalogue;

namespace OrgLife.Cli.Tests;

public sealed class RulesCommandTests
{
    [Fact]
    public void Rules_prints_every_rule_of_the_catalogue_with_its_severity_and_sources()
    {
        var result = Tool.Run("rules");

        Assert.Equal(0, result.ExitCode);
        foreach (var rule in RuleCatalogue.Default.Descriptors)
        {
            var row = Assert.Single(result.Stdout.Split('\n'), l => l.StartsWith(rule.Id.ToString(), StringComparison.Ordinal));
            Assert.Contains(rule.EnglishName, row);
            Assert.Contains(rule.Sources[0].ShortName, row);
        }
    }

    [Fact]
    public void Rules_in_Chinese_prints_the_Chinese_names()
    {
        var result = Tool.Run("rules", "--culture", "zh-CN");

        Assert.Contains("到会人数", result.Stdout);
        Assert.Contains("优秀比例", result.Stdout);
    }

    [Fact]
    public void Rules_as_json_carries_each_rule_with_its_messages_in_both_languages()
    {
        var result = Tool.Run("rules", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Stdout);
        var rules = document.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalogue.Default.Descriptors.Select(d => d.Id.ToString()), rules.Select(r => r.GetProperty("id").GetString()));
        var excellentCap = rules.Single(r => r.GetProperty("id").GetString() == "OL303");
        Assert.Equal("warning", excellentCap.GetProperty("defaultSeverity").GetString());
        Assert.Equal("优秀比例", excellentCap.GetProperty("chineseName").GetString());
        Assert.Contains(excellentCap.GetProperty("messages").EnumerateArray(), m => m.GetProperty("key").GetString() == "OL303.Violated" && m.GetProperty("chinese").GetString()!.Contains("优秀", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_lists_the_tally_rules_OL401_to_OL405_beside_the_others_as_evaluated_by_the_tally()
    {
        var lines = Tool.Run("rules").Stdout.Split('\n');

        foreach (var id in new[] { "OL401", "OL402", "OL403", "OL404", "OL405" })
        {
            Assert.Contains("tally", Assert.Single(lines, l => l.StartsWith(id, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Rules_in_Chinese_is_Chinese_throughout_names_severities_sources_and_summaries()
    {
        var lines = Tool.Run("rules", "--culture", "zh-CN").Stdout.Split('\n');

        var rows = lines.Where(l => l.StartsWith("OL", StringComparison.Ordinal)).ToList();
        Assert.Equal(RuleCatalogue.Default.Descriptors.Length, rows.Count);
        Assert.All(rows, row => Assert.DoesNotMatch(@"[A-Za-z]{4,}", row[5..]));
        Assert.Contains(rows, r => r.Contains("《新义村党组织生活会和民主评议党员工作方案》二.5", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_as_json_quotes_each_source_and_gives_the_Chinese_summary()
    {
        using var document = JsonDocument.Parse(Tool.Run("rules", "--format", "json").Stdout);
        var district = document.RootElement.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "OL108");

        Assert.Equal("validator", district.GetProperty("evaluatedBy").GetString());
        Assert.Contains("提前15日", district.GetProperty("chineseSummary").GetString(), StringComparison.Ordinal);
        var source = district.GetProperty("sources")[0];
        Assert.Equal("武组发〔2017〕129号", source.GetProperty("documentNumber").GetString());
        Assert.Contains("提前15日报上级党组织审核", source.GetProperty("quote").GetString(), StringComparison.Ordinal);
    }
}
