using System.Text.Json;
using OrgLife.Cli.Tests.Support;
using OrgLife.Rules.Catalogue;

namespace OrgLife.Cli.Tests;

public sealed class ValidateCommandTests(TempFiles files) : IClassFixture<TempFiles>
{
    [Fact]
    public void A_record_with_an_error_finding_exits_with_1_and_prints_the_rule_table()
    {
        var result = Tool.Run("validate", files.Write("no-quorum.json", SampleRecords.NoQuorum), "--as-of", "2027-01-10");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.Contains("OL201", result.Stdout);
        Assert.Contains("VIOLATED", result.Stdout);
        Assert.Contains("ERROR", result.Stdout);
        Assert.Contains("Voting members due to attend: 4; present: 1; required: at least 2.", result.Stdout);
    }

    [Fact]
    public void A_record_with_no_error_finding_exits_with_0()
    {
        var result = Tool.Run("validate", files.Write("branch-only.json", SampleRecords.BranchOnly), "--as-of", "2027-01-10");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("not evaluated", result.Stdout);
    }

    [Fact]
    public void Text_output_lines_up_the_columns_of_the_rule_table()
    {
        var result = Tool.Run("validate", files.Write("aligned.json", SampleRecords.NoQuorum), "--as-of", "2027-01-10");

        var rows = result.Stdout.Split('\n').Where(l => l.StartsWith("  OL", StringComparison.Ordinal) || l.StartsWith("  RULE", StringComparison.Ordinal)).ToList();
        Assert.True(rows.Count >= 2);
        var outcomeColumn = rows[0].IndexOf("OUTCOME", StringComparison.Ordinal);
        Assert.All(rows.Skip(1), row => Assert.NotEqual(' ', row[outcomeColumn]));
        Assert.All(rows.Skip(1), row => Assert.Equal(' ', row[outcomeColumn - 1]));
    }

    [Fact]
    public void Chinese_culture_prints_the_messages_and_headings_in_Chinese()
    {
        var result = Tool.Run("validate", files.Write("zh.json", SampleRecords.NoQuorum), "--as-of", "2027-01-10", "--culture", "zh-CN");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("应到会有表决权的党员 4 人，实到 1 人", result.Stdout);
        Assert.Contains("规则", result.Stdout);
        Assert.Contains("错误", result.Stdout);
    }

    [Fact]
    public void Json_output_is_one_report_of_the_documented_shape()
    {
        var result = Tool.Run("validate", files.Write("json.json", SampleRecords.NoQuorum), "--as-of", "2027-01-10", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Stdout);
        var root = document.RootElement;
        Assert.Equal("report", root.GetProperty("kind").GetString());
        Assert.Equal(2, root.GetProperty("formatVersion").GetInt32());
        Assert.Equal("b-small", root.GetProperty("branchId").GetString());
        Assert.Equal("national", root.GetProperty("policy").GetString());
        Assert.Equal("2027-01-10", root.GetProperty("asOf").GetString());
        Assert.True(root.GetProperty("hasErrors").GetBoolean());
        Assert.Equal(1, root.GetProperty("counts").GetProperty("errors").GetInt32());
        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(RuleCatalogue.Default.ValidatorDescriptors.Length, results.Count);
        Assert.DoesNotContain(results, r => r.GetProperty("ruleId").GetString()!.StartsWith("OL4", StringComparison.Ordinal));
        var quorum = results.Single(r => r.GetProperty("ruleId").GetString() == "OL201");
        Assert.Equal("violated", quorum.GetProperty("outcome").GetString());
        var finding = quorum.GetProperty("findings")[0];
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("meeting.attendance", finding.GetProperty("subject").GetProperty("path").GetString());
        Assert.Equal("OL201.Violated", finding.GetProperty("messageKey").GetString());
        Assert.Equal("1", finding.GetProperty("arguments").GetProperty("present").GetString());
        // Compact (formatVersion 2): the rule's names and sources are in the catalogue, not repeated per result or finding.
        Assert.False(quorum.TryGetProperty("name", out _));
        Assert.False(quorum.TryGetProperty("chineseName", out _));
        Assert.False(finding.TryGetProperty("ruleId", out _));
        Assert.False(finding.TryGetProperty("sources", out _));
    }

    [Fact]
    public void The_committee_form_example_of_the_format_document_is_read_part_by_part()
    {
        var markdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "record-format.md"));
        var example = markdown.Split("```json\n")[1].Split("\n```")[0];
        var result = Tool.Run("validate", files.Write("committee-form.json", example), "--as-of", "2027-01-10", "--format", "json");

        using var document = JsonDocument.Parse(result.Stdout);
        var outcomes = document.RootElement.GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("ruleId").GetString()!, r => r.GetProperty("outcome").GetString());

        // Ordinary members criticized nobody and were criticized by nobody: at the committee part they are not critics.
        Assert.Equal("passed", outcomes["OL206"]);
        Assert.Equal("passed", outcomes["OL202"]);
        Assert.Equal("passed", outcomes["OL201"]);

        // m5 took part at the 流入地 organization: no absentee.
        Assert.Equal("passed", outcomes["OL509"]);
    }

    [Fact]
    public void Without_as_of_the_date_is_today_in_Asia_Shanghai()
    {
        var result = Tool.Run("validate", files.Write("today.json", SampleRecords.BranchOnly), "--format", "json");

        using var document = JsonDocument.Parse(result.Stdout);
        Assert.Equal("2027-01-01", document.RootElement.GetProperty("asOf").GetString());
    }

    [Fact]
    public void A_policy_preset_is_named_in_the_report()
    {
        var result = Tool.Run("validate", files.Write("policy.json", SampleRecords.BranchOnly), "--policy", "municipal-2016", "--as-of", "2027-01-10");

        Assert.Contains("policy municipal-2016", result.Stdout);
    }

    [Fact]
    public void A_jsonl_file_gives_one_report_per_record_and_a_summary()
    {
        var lines = string.Join('\n', SampleRecords.OneLine(SampleRecords.NoQuorum), SampleRecords.OneLine(SampleRecords.BranchOnly), string.Empty, SampleRecords.OneLine(SampleRecords.Demo));
        var result = Tool.Run("validate", files.Write("three.jsonl", lines), "--as-of", "2027-01-10");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("three.jsonl line 1", result.Stdout);
        Assert.Contains("three.jsonl line 2", result.Stdout);
        Assert.Contains("three.jsonl line 4", result.Stdout);
        Assert.Contains("summary of 3 record(s)", result.Stdout);
        Assert.Contains("3 validated: 2 with errors, 0 with warnings only, 1 clean; 0 rejected", result.Stdout);
    }

    [Fact]
    public void The_summary_of_a_jsonl_file_counts_what_its_reports_say()
    {
        var lines = string.Join('\n', SampleRecords.OneLine(SampleRecords.NoQuorum), SampleRecords.OneLine(SampleRecords.BranchOnly), SampleRecords.OneLine(SampleRecords.Demo));
        var result = Tool.Run("validate", files.Write("counted.jsonl", lines), "--as-of", "2027-01-10", "--format", "json");

        var objects = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var reports = objects.Where(o => o.GetProperty("kind").GetString() == "report").ToList();
        var summary = objects.Single(o => o.GetProperty("kind").GetString() == "summary");
        var withErrors = reports.Count(r => r.GetProperty("hasErrors").GetBoolean());
        var warningsOnly = reports.Count(r => !r.GetProperty("hasErrors").GetBoolean() && r.GetProperty("hasWarnings").GetBoolean());
        Assert.Equal(3, summary.GetProperty("records").GetInt32());
        Assert.Equal(withErrors, summary.GetProperty("withErrors").GetInt32());
        Assert.Equal(warningsOnly, summary.GetProperty("withWarningsOnly").GetInt32());
        Assert.Equal(3 - withErrors - warningsOnly, summary.GetProperty("clean").GetInt32());
        Assert.Equal(reports.Sum(r => r.GetProperty("counts").GetProperty("errors").GetInt32()), summary.GetProperty("counts").GetProperty("errors").GetInt32());
        foreach (var rule in summary.GetProperty("rules").EnumerateArray())
        {
            var id = rule.GetProperty("ruleId").GetString();
            var violated = reports.Count(r => r.GetProperty("results").EnumerateArray().Any(x => x.GetProperty("ruleId").GetString() == id && x.GetProperty("outcome").GetString() == "violated"));
            Assert.Equal(violated, rule.GetProperty("violatedIn").GetInt32());
        }
    }

    [Fact]
    public void A_bad_line_in_a_jsonl_file_is_named_by_its_number_the_rest_is_validated_and_the_exit_code_is_2()
    {
        var lines = string.Join('\n', SampleRecords.OneLine(SampleRecords.BranchOnly), """{"branch": {"id": "x", "kind": "villa"}}""", SampleRecords.OneLine(SampleRecords.NoQuorum));
        var result = Tool.Run("validate", files.Write("bad-line.jsonl", lines), "--as-of", "2027-01-10");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad-line.jsonl line 2: $.branch.kind", result.Stderr);
        Assert.Contains("bad-line.jsonl line 3", result.Stdout);
        Assert.Contains("line 2 rejected", result.Stdout);
        Assert.True(result.HasNoStackTrace);
    }

    [Fact]
    public void Json_output_of_a_jsonl_file_is_one_object_per_line_ending_with_the_summary()
    {
        var lines = string.Join('\n', SampleRecords.OneLine(SampleRecords.NoQuorum), "{", SampleRecords.OneLine(SampleRecords.BranchOnly));
        var result = Tool.Run("validate", files.Write("json-lines.jsonl", lines), "--as-of", "2027-01-10", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        var objects = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["report", "report", "summary"], objects.Select(o => o.GetProperty("kind").GetString()));
        Assert.Equal([1L, 3L], objects.Take(2).Select(o => o.GetProperty("line").GetInt64()));
        var summary = objects[2];
        Assert.Equal(2, summary.GetProperty("records").GetInt32());
        Assert.Equal(1, summary.GetProperty("rejected").GetInt32());
        Assert.Equal(2, summary.GetProperty("inputErrors")[0].GetProperty("line").GetInt64());
        Assert.Equal(1, summary.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "OL201").GetProperty("violatedIn").GetInt32());
    }

    [Fact]
    public void An_empty_jsonl_file_has_no_records_and_exits_with_0()
    {
        var result = Tool.Run("validate", files.Write("empty.jsonl", string.Empty), "--as-of", "2027-01-10");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("summary of 0 record(s)", result.Stdout);
    }
}
