using OrgLife.Cli.Tests.Support;

namespace OrgLife.Cli.Tests;

/// <summary>--policy FILE: a preset plus overrides (docs/policy-format.md), read through OrgLife.Json.</summary>
public sealed class PolicyFileTests(TempFiles files) : IClassFixture<TempFiles>
{
    private const string QuorumOff = """
        {
          "formatVersion": 1,
          "name": "province-x-2026",
          "preset": "national",
          "memberNoticeDays": 3,
          "disabledRules": ["OL201", "OL511"]
        }
        """;

    [Fact]
    public void A_policy_file_changes_the_knobs_it_names_and_the_report_names_it()
    {
        var record = files.Write("no-quorum.json", SampleRecords.NoQuorum);

        var preset = Tool.Run("validate", record, "--as-of", "2027-01-10");
        var file = Tool.Run("validate", record, "--as-of", "2027-01-10", "--policy", files.Write("quorum-off.json", QuorumOff));

        Assert.Equal(1, preset.ExitCode); // OL201 under the national preset
        Assert.Equal(0, file.ExitCode);
        Assert.Empty(file.Stderr);
        Assert.Contains("policy province-x-2026", file.Stdout);
        Assert.Matches(@"OL201 +Quorum +disabled", file.Stdout);
    }

    [Fact]
    public void The_schedule_follows_the_policy_file_too()
    {
        var record = files.Write("schedule.json", SampleRecords.NoQuorum);

        var result = Tool.Run("schedule", record, "--as-of", "2027-01-10", "--policy", files.Write("notice.json", QuorumOff));

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"2026-12-12 +OL106", result.Stdout); // three days' notice before the meeting of 2026-12-15
        Assert.Contains("policy province-x-2026", result.Stdout);
    }

    [Fact]
    public void A_bad_policy_file_is_exit_2_naming_the_file_path_line_and_column()
    {
        var policy = files.Write("bad.json", QuorumOff.Replace("\"memberNoticeDays\": 3", "\"memberNoticeDays\": \"three\"", StringComparison.Ordinal));

        var result = Tool.Run("validate", files.Write("record.json", SampleRecords.NoQuorum), "--policy", policy);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Contains($"orglife: {policy}: $.memberNoticeDays (line 5, column", result.Stderr);
        Assert.True(result.HasNoStackTrace, result.Stderr);
    }

    [Fact]
    public void A_policy_file_larger_than_the_format_allows_is_refused_without_reading_it_whole()
    {
        var policy = files.Missing("huge.json");
        using (var stream = File.Create(policy))
        {
            stream.SetLength((2 << 20) + 1);
        }

        var result = Tool.Run("validate", files.Write("record-huge.json", SampleRecords.NoQuorum), "--policy", policy);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{policy}: the document is larger than 1 MiB", result.Stderr);
    }

    [Fact]
    public void A_name_that_is_neither_a_preset_nor_a_file_lists_the_presets()
    {
        var result = Tool.Run("validate", files.Write("record-2.json", SampleRecords.NoQuorum), "--policy", "nationa");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--policy 'nationa' is not a preset; presets are national, city-2019", result.Stderr);
        Assert.Contains("Did you mean 'national'?", result.Stderr);
    }
}
