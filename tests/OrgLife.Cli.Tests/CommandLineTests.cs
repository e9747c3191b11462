using System.Reflection;
using OrgLife.Cli.Tests.Support;

namespace OrgLife.Cli.Tests;

/// <summary>The command line itself (System.CommandLine): help per command, --version, suggestions, usage errors.</summary>
public sealed class CommandLineTests(TempFiles files) : IClassFixture<TempFiles>
{
    public static TheoryData<string, string[]> CommandsAndTheirOptions => new()
    {
        { "validate", ["--policy", "--as-of", "--culture", "--format", "--lines"] },
        { "tally", ["--form", "--suggest", "--policy", "--roster", "--probationary-ballots", "--min-category-ballots", "--format", "--culture", "--progress", "--export", "--assessment", "--branch-reports"] },
        { "store", ["--store", "--postgres", "--schema", "--progress"] },
        { "rollup", ["--assessment", "--level", "--store", "--postgres", "--schema", "--format", "--progress"] },
        { "generate", ["--branches", "--criteria", "--seed", "--serials", "--probationary-share", "--progress"] },
        { "schedule", ["--policy", "--as-of", "--culture", "--format", "--ics"] },
        { "rules", ["--format", "--culture"] },
        { "demo", ["--culture"] },
    };

    [Theory]
    [MemberData(nameof(CommandsAndTheirOptions))]
    public void Every_command_has_its_own_help_listing_its_options(string command, string[] options)
    {
        var result = Tool.Run(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.Contains($"orglife {command}", result.Stdout);
        foreach (var option in options)
        {
            Assert.Contains(option, result.Stdout);
        }

        // Only this command's options: help for rules does not list tally's.
        Assert.True(command == "tally" || !result.Stdout.Contains("--branch-reports", StringComparison.Ordinal), result.Stdout);
    }

    [Fact]
    public void Help_as_a_command_prints_the_same_help_as_the_option()
    {
        Assert.Equal(Tool.Run("tally", "--help").Stdout, Tool.Run("help", "tally").Stdout);
        Assert.Equal(Tool.Run("--help").Stdout, Tool.Run("help").Stdout);
    }

    [Fact]
    public void Help_follows_the_culture_option_in_its_descriptions_and_headings()
    {
        var english = Tool.Run("tally", "--help");
        var chinese = Tool.Run("tally", "--help", "--culture", "zh-CN");

        Assert.Equal(0, chinese.ExitCode);
        Assert.Contains("The ballot form", english.Stdout);
        Assert.Contains("测评表", chinese.Stdout);
        Assert.DoesNotContain("The ballot form", chinese.Stdout);
        Assert.Contains("选项", chinese.Stdout); // System.CommandLine's own heading, from its zh-Hans resources
    }

    [Fact]
    public void Help_is_in_English_whatever_the_machine_language_when_no_culture_is_given()
    {
        var machine = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            var result = Tool.Run("rules", "--help");

            Assert.Contains("Options:", result.Stdout);
            Assert.Contains("Print the rule catalogue.", result.Stdout);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = machine;
        }
    }

    [Fact]
    public void The_root_help_lists_every_command_line_and_the_exit_codes()
    {
        var result = Tool.Run("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in CommandsAndTheirOptions.Select(row => (string)row[0]))
        {
            Assert.Contains($"orglife {command} ", result.Stdout);
        }

        Assert.Contains("Exit codes: 0 done", result.Stdout);
        Assert.Contains("130 stopped by Ctrl+C", result.Stdout);
    }

    [Fact]
    public void Version_prints_the_tool_version_and_exits_with_0()
    {
        var result = Tool.Run("--version");
        var expected = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Stdout.Trim());
        Assert.StartsWith("0.", expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "talyl", "x.csv" }, "unknown command 'talyl'. Did you mean 'tally'?")]
    [InlineData(new[] { "validat", "a.json" }, "unknown command 'validat'. Did you mean 'validate'?")]
    [InlineData(new[] { "validate", "a.json", "--polcy", "national" }, "'validate' does not take --polcy; its options are --policy, --as-of, --culture, --format, --lines. Did you mean '--policy'?")]
    [InlineData(new[] { "tally", "x.csv", "--sugest", "ties-up" }, "Did you mean '--suggest'?")]
    [InlineData(new[] { "schedule", "a.json", "--format=jsno" }, "--format 'jsno' is not supported; use text or json.")]
    public void A_mistyped_command_or_option_is_a_usage_error_with_a_suggestion(string[] args, string message)
    {
        var result = Tool.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("orglife: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(message, result.Stderr);
        Assert.Contains("orglife --help", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void A_word_far_from_every_command_gets_no_suggestion()
    {
        var result = Tool.Run("frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("Did you mean", result.Stderr);
    }

    [Theory]
    [InlineData("rules", "--verbose")]
    [InlineData("demo", "--format")]
    [InlineData("generate", "x.bin", "--culture", "zh-CN")]
    public void An_unknown_option_exits_with_2_before_any_work(params string[] args)
    {
        var result = Tool.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{args[0]}' does not take", result.Stderr);
        Assert.Empty(result.Stdout);
        Assert.True(result.HasNoStackTrace, result.Stderr);
    }

    [Fact]
    public void The_bare_tool_shows_help_on_stderr_and_exits_with_2()
    {
        var result = Tool.Run();

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Contains("no command given", result.Stderr);
        Assert.Contains("orglife validate RECORD.json", result.Stderr);
        Assert.Contains("Commands:", result.Stderr);
    }

    [Fact]
    public void A_flag_written_with_a_value_other_than_true_or_false_is_named()
    {
        var result = Tool.Run("validate", "a.json", "--lines=maybe");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--lines takes no value (or =true, =false), not 'maybe'", result.Stderr);
    }

    [Fact]
    public void An_argument_starting_with_at_is_a_file_name_not_a_response_file()
    {
        var words = files.Write("words.txt", "--format\njson\n");

        var result = Tool.Run("validate", "@" + words);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"cannot read '@{words}': no such file", result.Stderr);
    }
}
