using NodaTime.Testing;
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
    public void The_demo_record_breaks_exactly_the_planted_rules_under_the_collection_preset_and_leaves_none_unevaluated()
    {
        var report = new OrgLife.Rules.OrgLifeValidator().Validate(DemoBranch.Record(), OrgLife.Rules.Policies.PolicyPresets.Collection, DemoBranch.AsOf, System.Globalization.CultureInfo.GetCultureInfo("en"));

        Assert.Equal(["OL104", "OL302", "OL303", "OL501"], report.Results.Where(r => r.Outcome == OrgLife.Rules.RuleOutcome.Violated).Select(r => r.RuleId.ToString()).Order());
        Assert.DoesNotContain(report.Results, r => r.Outcome == OrgLife.Rules.RuleOutcome.NotEvaluated);
        Assert.Equal(OrgLife.Rules.RuleOutcome.Passed, report.Results.Single(r => r.RuleId.ToString() == "OL201").Outcome);
    }

    [Fact]
    public void Under_the_national_default_the_demo_report_deadline_is_not_applicable_since_no_national_text_sets_one()
    {
        var report = new OrgLife.Rules.OrgLifeValidator().Validate(DemoBranch.Record(), OrgLife.Rules.Policies.PolicyPresets.National, DemoBranch.AsOf, System.Globalization.CultureInfo.GetCultureInfo("en"));

        Assert.Equal(OrgLife.Rules.RuleOutcome.NotApplicable, report.Results.Single(r => r.RuleId.ToString() == "OL501").Outcome);
        Assert.Equal(["OL104", "OL302", "OL303"], report.Results.Where(r => r.Outcome == OrgLife.Rules.RuleOutcome.Violated).Select(r => r.RuleId.ToString()).Order());
    }

    [Fact]
    public void The_demo_prints_the_branch_its_validation_and_its_tally_in_English_and_exits_with_0()
    {
        var result = Tool.Run("demo");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.Contains("红旗村党支部, a village branch of 23 members (20 full, 3 probationary)", result.Stdout);
        Assert.Contains("Validation (collection policy: 《组织生活会程序》)", result.Stdout);
        Assert.Matches(@"OL201 +Quorum +passed", result.Stdout);
        Assert.Matches(@"OL303 +ExcellentCap +VIOLATED +1 WARNING", result.Stdout);
        Assert.Contains("8 of 20 graded full members were determined Excellent", result.Stdout);
        Assert.Contains("Democratic assessment ballots (民主测评)", result.Stdout);
        Assert.Contains("Ballots: issued 20, returned 20, valid 19, rejected 1 (1 duplicate serial (OL402))", result.Stdout);
        Assert.Matches(@"m05 陈静 +14 +4 +0 +0 +0 +1 +excellent +excellent", result.Stdout);
        Assert.Matches(@"m17 何平 +0 +6 +13 +0 +0 +0 +basically-qualified +basically-qualified", result.Stdout);
        Assert.Contains("marks for them ignored: m21 梁晨 4, m22 宋佳 2, m23 郑浩 1", result.Stdout);
        Assert.Contains("hongqi-village: 8 of 20 graded members suggested excellent", result.Stdout);
        Assert.DoesNotContain("m21 梁晨  ", result.Stdout); // listed, never graded: no row in the grade table
    }

    [Fact]
    public void The_demo_in_Chinese_prints_Chinese_headings_grades_and_messages()
    {
        var result = Tool.Run("demo", "--culture", "zh-CN");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("规则校验（《组织生活会程序》政策）", result.Stdout);
        Assert.Contains("评定等次的正式党员 20 人中评定为“优秀”的 8 人；“优秀”的党员比例一般不超过三分之一", result.Stdout);
        Assert.Contains("民主测评计票", result.Stdout);
        Assert.Contains("选票：发出 20 张，收回 20 张，有效 19 张，拒收 1 张（编号重复（OL402） 1 张）", result.Stdout);
        Assert.Matches(@"候选人 +优秀 +合格 +基本合格 +不合格 +弃权 +无效 +领先 +建议等次", result.Stdout);
        Assert.Matches(@"m17 何平 +0 +6 +13 +0 +0 +0 +基本合格 +基本合格", result.Stdout);
        Assert.Contains("hongqi-village：评定等次党员 20 名中建议优秀 8 名", result.Stdout);
    }

    [Fact]
    public void The_demo_ballots_agree_with_the_record_eight_excellent_suggested_as_determined()
    {
        var record = DemoBranch.Record();
        var determined = record.Evaluation!.Determinations!.Value.Count(d => d.Grade == OrgLife.Grades.Grade.Excellent);
        var present = record.Meeting!.Attendance!.Value.Count(a => a.Present);
        var ballots = DemoBallots.Csv(record).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]).Distinct().Count();

        Assert.Equal(8, determined);
        Assert.Equal(20, present);
        Assert.Equal(19, ballots); // 01–19 returned (07 twice), 20 not returned
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

        Program.Run(["demo"], early, TextWriter.Null, new FakeClock(NodaTime.Instant.FromUtc(2020, 1, 1, 0, 0)));
        Program.Run(["demo"], late, TextWriter.Null, new FakeClock(NodaTime.Instant.FromUtc(2030, 6, 1, 0, 0)));

        Assert.Equal(early.ToString(), late.ToString());
    }
}
