using System.Text;
using System.Text.Json;
using OrgLife.Cli.Demo;
using OrgLife.Cli.Tests.Support;

namespace OrgLife.Cli.Tests;

public sealed class TallyCommandTests(TempFiles files) : IClassFixture<TempFiles>
{
    private const string TwoBranches = """
        branch,ballot,candidate,grade
        B1,1,a,优秀
        B1,1,b,合格
        B1,2,a,excellent
        B1,2,b,基本合格
        B1,3,a,合格
        B1,3,b,
        B2,1,x,不合格
        B2,1,y,合格
        """;

    [Fact]
    public void A_small_csv_gives_exact_counts_per_candidate_and_a_summary_across_branches()
    {
        var result = Tool.Run("tally", files.Write("two.csv", TwoBranches), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        var lines = JsonLines(result.Stdout);
        Assert.Equal(["tallyReport", "tallyReport", "tallySummary"], lines.Select(l => l.GetProperty("kind").GetString()));
        var b1 = lines[0];
        Assert.Equal("B1", b1.GetProperty("branch").GetString());
        Assert.Equal("csv", b1.GetProperty("candidatesFrom").GetString());
        Assert.Equal(3, b1.GetProperty("issued").GetInt64());
        Assert.Equal(3, b1.GetProperty("returned").GetInt64());
        Assert.Equal(3, b1.GetProperty("accepted").GetInt64());
        var a = Overall(b1, "a");
        Assert.Equal([2L, 1L, 0L, 0L], Counts(a));
        Assert.Equal("excellent", a.GetProperty("suggestedGrade").GetString());
        var b = Overall(b1, "b");
        Assert.Equal([0L, 1L, 1L, 0L], Counts(b));
        Assert.Equal(1, b.GetProperty("combined").GetProperty("abstentions").GetInt64());
        Assert.Equal("basically-qualified", b.GetProperty("suggestedGrade").GetString()); // a tie goes to the less favourable grade

        var summary = lines[2];
        Assert.Equal(2, summary.GetProperty("branches").GetInt64());
        Assert.Equal(4, summary.GetProperty("gradedMembers").GetInt64());
        var suggested = summary.GetProperty("suggested");
        Assert.Equal([1L, 1L, 1L, 1L, 0L], new[] { "excellent", "qualified", "basicallyQualified", "unqualified", "none" }.Select(g => suggested.GetProperty(g).GetInt64()));
        Assert.Equal("B1", summary.GetProperty("overExcellentCap").EnumerateArray().Single().GetProperty("branch").GetString());
    }

    [Fact]
    public void Text_output_is_an_aligned_table_per_branch_and_the_summary()
    {
        var result = Tool.Run("tally", files.Write("two-text.csv", TwoBranches));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Ballots: issued 3, returned 3, valid 3, rejected 0", result.Stdout);
        Assert.Matches(@"CANDIDATE +excellent +qualified +basically-qualified +unqualified +ABSTAINED +VOID +LEADING +SUGGESTED", result.Stdout);
        Assert.Matches(@"\n  a +2 +1 +0 +0 +0 +0 +excellent +excellent\n", result.Stdout);
        Assert.Matches(@"\n  b +0 +1 +1 +0 +1 +0 +— +basically-qualified\n", result.Stdout);
        Assert.Contains("summary of 2 branch(es)", result.Stdout);
        Assert.Contains("B1: 1 of 2 graded members suggested excellent", result.Stdout);
    }

    [Fact]
    public void A_skipped_row_is_told_in_the_culture_asked_for_and_in_English_by_default()
    {
        var file = files.Write("bad-row-culture.csv", "branch,ballot,candidate,grade\nB1,1,a,优秀\nB1,2,a,合格,extra\nB1,3,b\n");

        var english = Tool.Run("tally", file);
        var chinese = Tool.Run("tally", file, "--culture", "zh-CN");

        Assert.Equal(2, english.ExitCode);
        Assert.Contains("bad-row-culture.csv line 3: the row has more than 4 fields; the row is skipped.", english.Stderr);
        Assert.Contains("bad-row-culture.csv line 4: the row has 3 fields, the header 4; the row is skipped.", english.Stderr);
        Assert.Equal(2, chinese.ExitCode);
        Assert.Contains("bad-row-culture.csv 第 3 行：该行的字段多于 4 个；该行跳过。", chinese.Stderr);
        Assert.Contains("bad-row-culture.csv 第 4 行：该行有 3 个字段，表头有 4 个；该行跳过。", chinese.Stderr);
    }

    [Fact]
    public void Malformed_and_truncated_rows_are_named_by_line_skipped_and_counted_and_the_exit_code_is_2()
    {
        var csv = "branch,ballot,candidate,grade\nB1,1,a,优秀\nB1,1,b,\"合格\nB1,2,a,合格\nB1,2,b,合格,extra\nB1,3,a,优秀\nB1,3,b";
        var result = Tool.Run("tally", files.Write("bad-rows.csv", csv), "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.True(result.HasNoStackTrace, result.Stderr);
        Assert.Contains("bad-rows.csv line 3:", result.Stderr);
        Assert.Contains("bad-rows.csv line 5:", result.Stderr);
        Assert.Contains("bad-rows.csv line 7:", result.Stderr);
        Assert.Contains("3 row(s) skipped", result.Stderr);
        var lines = JsonLines(result.Stdout);
        Assert.Equal(3, lines[0].GetProperty("skippedRows").GetInt64());
        Assert.Equal([2L, 1L, 0L, 0L], Counts(Overall(lines[0], "a")));
        Assert.Equal(3, lines[^1].GetProperty("skippedRows").GetInt64());
    }

    [Fact]
    public void An_unknown_grade_and_a_huge_number_are_void_marks_not_errors()
    {
        var csv = "branch,ballot,candidate,grade\nB1,1,a,很好\nB1,2,a,99999999999999999999999999\nB1,3,a,合格\n";
        var result = Tool.Run("tally", files.Write("void.csv", csv), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var a = Overall(JsonLines(result.Stdout)[0], "a");
        Assert.Equal(2, a.GetProperty("combined").GetProperty("voidMarks").GetInt64());
        Assert.Equal([0L, 1L, 0L, 0L], Counts(a));
    }

    [Fact]
    public void A_huge_score_on_a_score_form_is_void_and_a_huge_bound_in_a_form_is_bad_input()
    {
        var form = files.Write("score.json", """{"name":"Score","criteria":[{"name":"分数","overall":true,"scale":{"kind":"score","min":0,"max":100,"bands":[{"min":0,"max":59,"grade":"unqualified"},{"min":60,"max":100,"grade":"qualified"}]}}],"voterCategories":[{"name":"党员"}]}""");
        var csv = files.Write("scores.csv", "branch,ballot,candidate,grade\nB1,1,a,88\nB1,2,a,4294967296000\nB1,3,a,70\n");

        var tallied = Tool.Run("tally", csv, "--form", form, "--format", "json");
        var badForm = Tool.Run("tally", csv, "--form", files.Write("huge.json", """{"name":"Score","criteria":[{"name":"分数","overall":true,"scale":{"kind":"score","min":0,"max":1e40,"bands":[]}}],"voterCategories":[{"name":"党员"}]}"""));

        Assert.Equal(0, tallied.ExitCode);
        var column = Overall(JsonLines(tallied.Stdout)[0], "a").GetProperty("combined");
        Assert.Equal(1, column.GetProperty("voidMarks").GetInt64());
        Assert.Equal(79m, column.GetProperty("scores").GetProperty("mean").GetDecimal());
        Assert.Equal(2, badForm.ExitCode);
        Assert.Contains("huge.json: not a valid ballot form", badForm.Stderr);
        Assert.Contains("max", badForm.Stderr);
        Assert.True(badForm.HasNoStackTrace, badForm.Stderr);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void An_empty_file_is_bad_input_naming_the_file(string content)
    {
        var result = Tool.Run("tally", files.Write("empty.csv", content));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("empty.csv: The CSV input is empty", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void A_bad_header_is_told_in_the_culture_asked_for_and_in_English_by_default()
    {
        var file = files.Write("header-culture.csv", "branch,ballot,who,grade\nB1,1,a,优秀\n");

        var english = Tool.Run("tally", file);
        var chinese = Tool.Run("tally", file, "--culture", "zh-CN");

        Assert.Equal(2, english.ExitCode);
        Assert.Contains("header-culture.csv: CSV header, line 1: unknown column 'who'; expected branch, ballot, candidate, grade and optionally criterion, category.", english.Stderr);
        Assert.Equal(2, chinese.ExitCode);
        Assert.Contains("header-culture.csv: CSV 表头，第 1 行：未知的列“who”；应为 branch、ballot、candidate、grade，可选 criterion、category。", chinese.Stderr);
        Assert.Empty(chinese.Stdout);
    }

    [Fact]
    public void A_bad_header_a_missing_file_and_a_bad_option_are_exit_code_2()
    {
        var header = Tool.Run("tally", files.Write("header.csv", "branch,ballot,who,grade\nB1,1,a,优秀\n"));
        var missing = Tool.Run("tally", files.Missing("none.csv"));
        var suggest = Tool.Run("tally", files.Write("s.csv", TwoBranches), "--suggest", "best>=50%");
        var form = Tool.Run("tally", files.Write("f.csv", TwoBranches), "--form", files.Write("form.json", "{\"name\": "));

        Assert.All([header, missing, suggest, form], r => Assert.Equal(2, r.ExitCode));
        Assert.All([header, missing, suggest, form], r => Assert.True(r.HasNoStackTrace, r.Stderr));
        Assert.Contains("header.csv:", header.Stderr);
        Assert.Contains("none.csv", missing.Stderr);
        Assert.Contains("'best' in 'best>=50%' is not a grade", suggest.Stderr);
        Assert.Contains("form.json: not a valid ballot form", form.Stderr);
    }

    [Fact]
    public void A_threshold_rule_changes_the_suggestion()
    {
        var csv = files.Write("threshold.csv", "branch,ballot,candidate,grade\nB1,1,a,不合格\nB1,2,a,合格\nB1,3,a,合格\nB1,4,a,不合格\n");

        var plurality = Overall(JsonLines(Tool.Run("tally", csv, "--format", "json").Stdout)[0], "a");
        var threshold = Overall(JsonLines(Tool.Run("tally", csv, "--format", "json", "--suggest", "unqualified>=50%").Stdout)[0], "a");

        Assert.Equal("unqualified", plurality.GetProperty("suggestedGrade").GetString()); // 2 : 2, the tie goes down
        Assert.Equal("unqualified", threshold.GetProperty("suggestedGrade").GetString());
        var up = Overall(JsonLines(Tool.Run("tally", csv, "--format", "json", "--suggest", "ties-up").Stdout)[0], "a");
        Assert.Equal("qualified", up.GetProperty("suggestedGrade").GetString());
    }

    [Fact]
    public void With_a_roster_probationary_members_are_not_graded_their_marks_are_reported_and_issued_is_the_attendance()
    {
        var roster = files.Write("roster.json", SampleRecords.Demo);
        var csv = files.Write("demo.csv", DemoBallots.Csv(DemoBranch.Record()));

        var result = Tool.Run("tally", csv, "--roster", roster, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var report = JsonLines(result.Stdout)[0];
        Assert.Equal("roster", report.GetProperty("candidatesFrom").GetString());
        Assert.Equal(20, report.GetProperty("issued").GetInt64());
        Assert.Equal(20, report.GetProperty("returned").GetInt64());
        Assert.Equal(19, report.GetProperty("accepted").GetInt64());
        Assert.Equal(20, report.GetProperty("candidates").GetArrayLength());
        Assert.Equal([("m21", 4L), ("m22", 2L), ("m23", 1L)], report.GetProperty("ignoredProbationaryMarks").EnumerateArray().Select(i => (i.GetProperty("id").GetString()!, i.GetProperty("marks").GetInt64())));
        Assert.Equal(1, Overall(report, "m05").GetProperty("combined").GetProperty("voidMarks").GetInt64());
    }

    [Fact]
    public void A_branch_missing_from_the_roster_is_named_and_not_counted()
    {
        var result = Tool.Run("tally", files.Write("other.csv", TwoBranches), "--roster", files.Write("r.json", SampleRecords.Demo));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("branch 'B1' is not in the roster file", result.Stderr);
        Assert.Contains("2 branch(es) not in the roster, not counted", result.Stdout);
    }

    [Fact]
    public void The_progress_line_never_reaches_stdout_and_is_off_when_stderr_is_not_a_terminal()
    {
        var csv = files.Write("progress.csv", TwoBranches);

        var auto = Tool.Run("tally", csv);
        var forced = Tool.Run("tally", csv, "--progress", "always");

        Assert.Empty(auto.Stderr);
        Assert.Equal(auto.Stdout, forced.Stdout);
        Assert.DoesNotContain("\r", forced.Stdout);
    }

    [Fact]
    public void A_multi_criteria_form_prints_a_table_per_criterion_and_the_committee()
    {
        var csv = files.Write("six.csv", "branch,ballot,candidate,criterion,grade\nB1,1,a,理想信念,好\nB1,1,a,总体评价,优秀\nB1,2,a,理想信念,一般\nB1,2,a,总体评价,合格\n");

        var result = Tool.Run("tally", csv, "--form", "six-criteria", "--culture", "zh-CN");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"理想信念\n  候选人 +好 +一般 +差 +弃权 +无效 +领先\n  a +1 +1 +0 +0 +0 +—", result.Stdout);
        Assert.Contains("建议等次", result.Stdout);
    }

    [Fact]
    public void A_branch_whose_rows_come_back_later_is_regrouped_into_one_report_even_around_bad_rows()
    {
        var csv = "branch,ballot,candidate,grade\nbad\nB1,1,a,优秀\nB1,1,b,合格\nB1,2,\"a,合格\nB1,2,a,合格\nB2,1,c,合格\nB2,2,c,合格\nB2,3,c,合格\nB1,9,d,不合格\n";
        var result = Tool.Run("tally", files.Write("runs.csv", csv), "--format", "json");

        var reports = JsonLines(result.Stdout).Where(l => l.GetProperty("kind").GetString() == "tallyReport").ToList();
        Assert.Equal(["B1", "B2"], reports.Select(r => r.GetProperty("branch").GetString()));
        Assert.Equal([3L, 3L], reports.Select(r => r.GetProperty("issued").GetInt64()));
        Assert.Equal(["a,b,d", "c"], reports.Select(r => string.Join(',', r.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("id").GetString()))));
        Assert.All(reports, r => Assert.Equal("notEvaluated", r.GetProperty("returnedNotMoreThanIssued").GetString()));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("runs.csv line 2:", result.Stderr);
        Assert.Contains("runs.csv line 5:", result.Stderr);
    }

    [Fact]
    public void The_json_is_compact_shares_to_four_places_definitions_once_per_report_and_summary_alone_on_request()
    {
        var csv = files.Write("thirds.csv", "branch,ballot,candidate,grade\nB1,1,a,优秀\nB1,1,b,合格\nB1,2,a,合格\nB1,3,a,合格\nB2,1,a,合格\n");

        var full = JsonLines(Tool.Run("tally", csv, "--format", "json").Stdout);
        var summaryOnly = Tool.Run("tally", csv, "--format", "json", "--summary");
        var textSummary = Tool.Run("tally", csv, "--summary");

        var report = full[0];
        Assert.Equal(2, report.GetProperty("formatVersion").GetInt32());
        Assert.Equal(["excellent", "qualified", "basically-qualified", "unqualified"], report.GetProperty("criteria")[0].GetProperty("levels").EnumerateArray().Select(l => l.GetString()));
        var a = Overall(report, "a");
        Assert.False(a.TryGetProperty("levels", out _));
        Assert.Equal([0.3333m, 0.6667m, 0m, 0m], a.GetProperty("combined").GetProperty("shares").EnumerateArray().Select(s => s.GetDecimal()));
        Assert.Equal(0, a.GetProperty("byCategory").GetArrayLength()); // one voter category: it would repeat combined
        Assert.Equal(0, summaryOnly.ExitCode);
        Assert.Equal(["tallySummary"], JsonLines(summaryOnly.Stdout).Select(l => l.GetProperty("kind").GetString()));
        Assert.Equal(full[^1].GetRawText(), JsonLines(summaryOnly.Stdout)[0].GetRawText());
        Assert.Equal(0, textSummary.ExitCode);
        Assert.StartsWith("=== thirds.csv: summary of 2 branch(es) ===", textSummary.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_large_enough_for_both_cores_prints_its_branches_in_input_order_and_names_bad_rows_by_their_line()
    {
        var text = new System.Text.StringBuilder("branch,ballot,candidate,grade\n");
        var line = 1;
        var bad = new List<int>();
        for (var branch = 0; branch < 3600; branch++)
        {
            for (var ballot = 1; ballot <= 12; ballot++)
            {
                for (var member = 1; member <= 12; member++)
                {
                    text.Append("B").Append(branch).Append(',').Append(ballot).Append(",m").Append(member).Append(',').Append(member % 3 == 0 ? "优秀" : "合格").Append('\n');
                    line++;
                }
            }

            if (branch % 1000 == 999)
            {
                text.Append("B").Append(branch).Append(",1\n");
                bad.Add(++line);
            }
        }

        var result = Tool.Run("tally", files.Write("large.csv", text.ToString()), "--format", "json");

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(text.ToString()) > 8 << 20, "the file must be cut into chunks");
        Assert.Equal(2, result.ExitCode);
        var lines = JsonLines(result.Stdout);
        Assert.Equal([.. Enumerable.Range(0, 3600).Select(b => $"B{b}")], lines.SkipLast(1).Select(l => l.GetProperty("branch").GetString()));
        Assert.Equal(3600, lines[^1].GetProperty("branches").GetInt64());
        Assert.Equal(3, lines[^1].GetProperty("skippedRows").GetInt64());
        Assert.Equal(1, lines[999].GetProperty("skippedRows").GetInt64());
        Assert.All(bad, n => Assert.Contains($"large.csv line {n}: ", result.Stderr, StringComparison.Ordinal));
    }

    [Fact]
    public void The_summary_shown_in_docs_cli_output_is_what_the_tool_prints()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "cli-output.md"));
        var shown = doc.Split("```json\n")[1].Split("\n```")[0];
        var csv = files.Write("small.csv", "branch,ballot,candidate,grade\nB1,1,a,优秀\nB1,1,b,合格\nB1,2,a,excellent\nB1,2,b,基本合格\nB1,3,a,合格\nB1,3,b,\n");

        var printed = Tool.Run("tally", csv, "--format", "json").Stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')[^1];

        Assert.Equal(shown, printed);
    }

    private static List<JsonElement> JsonLines(string stdout)
        => [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    private static JsonElement Overall(JsonElement report, string candidate)
    {
        var overall = report.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("overall").GetBoolean()).GetProperty("name").GetString();
        return report.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("id").GetString() == candidate)
            .GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("name").GetString() == overall);
    }

    private static long[] Counts(JsonElement criterion) => [.. criterion.GetProperty("combined").GetProperty("counts").EnumerateArray().Select(c => c.GetInt64())];
}
