using OrgLife.Cli.Tests.Support;

namespace OrgLife.Cli.Tests;

public sealed class UsageTests(TempFiles files) : IClassFixture<TempFiles>
{
    public static TheoryData<string[], string> BadCommandLines => new()
    {
        { [], "no command given" },
        { ["frobnicate"], "unknown command 'frobnicate'" },
        { ["generate", "--branches", "10"], "'generate' needs exactly one file to write: OUTPUT.bin" },
        { ["generate", "r.bin", "--branches", "0"], "--branches '0' is not a whole number of branches from 1" },
        { ["generate", "r.bin", "--branches", "-5"], "--branches '-5' is not a whole number" },
        { ["generate", "r.bin", "--branches", "1", "--criteria", "3"], "--criteria '3' is not supported; use 1" },
        { ["generate", "r.bin", "--branches", "1", "--seed", "x"], "--seed 'x' is not a whole number" },
        { ["generate", "r.bin", "--branches", "1", "--probationary-share", "0.9"], "--probationary-share '0.9' is not a number from 0 to 0.5" },
        { ["generate", "r.bin", "--branches", "1", "--serials=maybe"], "--serials takes no value (or =true, =false), not 'maybe'" },
        { ["generate", "r.bin", "--branches", "1", "--format", "json"], "'generate' does not take --format" },
        { ["tally", "x.csv", "--branch-reports"], "'tally' does not take --branch-reports" },
        { ["tally"], "'tally' needs exactly one file" },
        { ["schedule", "a.json", "b.json"], "'schedule' needs exactly one file" },
        { ["tally", "x.csv", "--progress", "sometimes"], "--progress 'sometimes' is not supported" },
        { ["validate"], "needs exactly one file" },
        { ["validate", "a.json", "b.json"], "needs exactly one file" },
        { ["validate", "a.json", "--policy"], "--policy needs a value" },
        { ["validate", "a.json", "--policy", "nowhere"], "--policy 'nowhere' is not a preset; presets are national, city-2019" },
        { ["validate", "a.json", "--as-of", "2027-02-30"], "--as-of '2027-02-30' is not a date" },
        { ["validate", "a.json", "--culture", "fr"], "--culture 'fr' is not supported" },
        { ["validate", "a.json", "--format", "xml"], "--format 'xml' is not supported" },
        { ["validate", "a.json", "--ics", "out.ics"], "'validate' does not take --ics" },
        { ["validate", "a.json", "-v"], "Unknown option '-v'" },
        { ["validate", "a.json", "--format", "json", "--format", "text"], "--format is given twice" },
        { ["rules", "extra"], "'rules' takes no file" },
        { ["demo", "--format", "json"], "'demo' does not take --format" },
    };

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public void A_usage_error_exits_with_2_and_says_what_is_wrong(string[] args, string message)
    {
        var result = Tool.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr);
        Assert.Contains("orglife --help", result.Stderr);
        Assert.Empty(result.Stdout);
        Assert.True(result.HasNoStackTrace, result.Stderr);
    }

    [Fact]
    public void A_missing_file_exits_with_2_and_names_it()
    {
        var missing = files.Missing("nowhere.json");

        var result = Tool.Run("validate", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"cannot read '{missing}': no such file", result.Stderr);
    }

    [Fact]
    public void A_folder_given_as_the_file_exits_with_2()
    {
        var result = Tool.Run("validate", Path.GetTempPath());

        Assert.Equal(2, result.ExitCode);
        Assert.True(result.HasNoStackTrace, result.Stderr);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_lists_the_commands_that_work_and_exits_with_0(string flag)
    {
        var result = Tool.Run(flag);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("orglife validate RECORD.json|RECORDS.jsonl", result.Stdout);
        Assert.Contains("orglife tally INPUT.csv", result.Stdout);
        Assert.Contains("orglife schedule RECORD.json", result.Stdout);
        Assert.Contains("orglife rules", result.Stdout);
        Assert.Contains("orglife demo", result.Stdout);
        Assert.Contains("orglife tally INPUT.bin", result.Stdout);
        Assert.Contains("orglife generate OUTPUT.bin", result.Stdout);
    }

    [Fact]
    public void An_option_may_be_written_with_an_equals_sign()
    {
        var result = Tool.Run("validate", files.Write("equals.json", SampleRecords.BranchOnly), "--as-of=2027-01-10", "--format=json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"asOf\": \"2027-01-10\"", result.Stdout);
    }
}
