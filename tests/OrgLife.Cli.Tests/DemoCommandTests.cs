using OrgLife.Cli.Demo;
using OrgLife.Cli.Tests.Support;
using OrgLife.Members;

namespace OrgLife.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public void The_demo_data_is_a_23_member_village_branch_with_3_probationary_members()
    {
        var branch = DemoBranch.Record().Branch!;

        Assert.Equal(Branches.BranchKind.Village, branch.Kind);
        Assert.Equal(23, branch.Members.Length);
        Assert.Equal(3, branch.Members.Count(m => m.Status == MembershipStatus.Probationary));
    }

    [Fact]
    public void The_demo_prints_the_branch_and_its_validation_in_English_and_exits_with_0()
    {
        var result = Tool.Run("demo");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.Contains("红旗村党支部, a village branch of 23 members (20 full, 3 probationary)", result.Stdout);
        Assert.Contains("Validation (national policy)", result.Stdout);
        Assert.Contains("8 of 20 graded full members were determined Excellent", result.Stdout);
        Assert.Contains("OL201  Quorum        passed", result.Stdout);
    }

    [Fact]
    public void The_demo_in_Chinese_prints_Chinese_headings_and_messages()
    {
        var result = Tool.Run("demo", "--culture", "zh-CN");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("规则校验（全国默认政策）", result.Stdout);
        Assert.Contains("评定等次的正式党员 20 人中优秀 8 人", result.Stdout);
    }

    [Fact]
    public void The_output_shown_in_the_tool_README_is_what_the_demo_prints()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "cli-readme.md"));
        var shown = readme.Split("## What `demo` prints")[1].Split("```text\n")[1].Split("\n```")[0];

        Assert.Equal(shown + "\n", Tool.Run("demo").Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_demo_prints_the_same_text_on_every_run_whatever_the_clock_says()
    {
        using var early = new StringWriter();
        using var late = new StringWriter();

        Program.Run(["demo"], early, TextWriter.Null, new FixedClock(NodaTime.Instant.FromUtc(2020, 1, 1, 0, 0)));
        Program.Run(["demo"], late, TextWriter.Null, new FixedClock(NodaTime.Instant.FromUtc(2030, 6, 1, 0, 0)));

        Assert.Equal(early.ToString(), late.ToString());
    }
}
