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
}
