using System.Text;
using System.Text.Json.Nodes;
using OrgLife.Rules.Scheduling;
using OrgLife.Cli.Tests.Support;

namespace OrgLife.Cli.Tests;

public sealed class ScheduleCommandTests(TempFiles files) : IClassFixture<TempFiles>
{
    [Fact]
    public void Every_due_date_of_the_demo_meeting_is_listed_with_its_rule_and_status()
    {
        var result = Tool.Run("schedule", files.Write("demo.json", SampleRecords.Demo), "--as-of", "2027-01-10", "--policy", "collection");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.Matches(@"2026-12-11 +OL107 +done +Tell the superior", result.Stdout);
        Assert.Matches(@"2026-12-08 +OL106 +done +Notify the attendees", result.Stdout);
        Assert.Matches(@"2026-12-28 +OL501 +done late +Report the meeting", result.Stdout);
        Assert.Matches(@"2027-06-18 +OL504 +not yet due", result.Stdout);
        Assert.Matches(@"2027-06-18 +OL508 +not yet due", result.Stdout);
        // One rectification progress report within six months (Revision 2 clarifications; the Collection is silent), not two.
        Assert.Contains("Summary: 0 overdue, 6 not yet due, 3 done (1 late), 0 not recorded", result.Stdout);
    }

    [Fact]
    public void Something_overdue_gives_exit_code_1()
    {
        var result = Tool.Run("schedule", files.Write("late.json", SampleRecords.Demo), "--as-of", "2027-07-01", "--culture", "zh-CN");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"2027-06-18 +OL504 +逾期未办", result.Stdout);
        Assert.Matches(@"2027-03-18 +OL505 +逾期未办", result.Stdout);
    }

    [Fact]
    public void The_due_day_itself_is_still_in_time()
    {
        var result = Tool.Run("schedule", files.Write("due-day.json", SampleRecords.Demo), "--as-of", "2027-03-18");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"2027-03-18 +OL505 +not yet due", result.Stdout);
    }

    [Fact]
    public void A_record_without_a_meeting_date_and_a_bad_file_are_exit_code_2()
    {
        var noMeeting = Tool.Run("schedule", files.Write("branch-only.json", SampleRecords.BranchOnly));
        var broken = Tool.Run("schedule", files.Write("broken.json", "{\"meeting\": {\"date\": \"2026-13-40\"}}"));

        Assert.Equal(2, noMeeting.ExitCode);
        Assert.Contains("$.meeting: the record has no meeting date", noMeeting.Stderr);
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("$.meeting.date", broken.Stderr);
        Assert.True(broken.HasNoStackTrace, broken.Stderr);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void The_ics_file_has_crlf_lines_folded_at_75_octets_and_one_all_day_event_per_entry(string culture)
    {
        var ics = files.Missing($"demo-{culture}.ics");
        var result = Tool.Run("schedule", files.Write($"ics-{culture}.json", SampleRecords.Demo), "--as-of", "2027-01-10", "--culture", culture, "--ics", ics, "--policy", "collection");

        Assert.Equal(0, result.ExitCode);
        var bytes = File.ReadAllBytes(ics);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        var physical = text.Split("\r\n")[..^1];
        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.All(physical, line => Assert.DoesNotContain('\uFFFD', line)); // no character split by a fold
        Assert.Contains(physical, line => line.StartsWith(' ')); // long lines were folded

        var lines = Unfold(physical);
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains(lines, l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        Assert.Equal(9, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Equal(9, lines.Count(l => l == "END:VEVENT"));
        Assert.Contains("DTSTART;VALUE=DATE:20261228", lines);
        Assert.Contains("DTEND;VALUE=DATE:20261229", lines);
        Assert.Contains(lines, l => l.StartsWith("SUMMARY:[OL501] ", StringComparison.Ordinal));
        var uids = lines.Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).ToList();
        Assert.Equal(uids.Count, uids.Distinct().Count());
        Assert.Contains("UID:hongqi-village-20261218-Report-1@orglife", uids);
    }

    [Fact]
    public void The_ics_uids_are_the_same_on_every_run()
    {
        var record = files.Write("stable.json", SampleRecords.Demo);
        var first = files.Missing("first.ics");
        var second = files.Missing("second.ics");

        Tool.Run("schedule", record, "--as-of", "2027-01-10", "--ics", first);
        Tool.Run("schedule", record, "--as-of", "2027-05-10", "--ics", second);

        static IEnumerable<string> Uids(string path) => File.ReadAllText(path).Split("\r\n").Where(l => l.StartsWith("UID:", StringComparison.Ordinal));
        Assert.Equal(Uids(first), Uids(second));
    }

    [Fact]
    public void Ics_text_escapes_commas_semicolons_backslashes_and_newlines()
    {
        Assert.Equal(@"a\, b\; c\\ d\ne", ICalendarWriter.Escape("a, b; c\\ d\ne"));
    }

    [Fact]
    public void The_branch_name_in_the_calendar_is_escaped_and_folded()
    {
        var tree = SampleRecords.DemoTree;
        tree["branch"]!["name"] = "红旗村党支部, 第一网格; 很长的名字很长的名字很长的名字很长的名字很长的名字";
        var ics = files.Missing("escaped.ics");

        Tool.Run("schedule", files.Write("escaped.json", tree.ToJsonString()), "--as-of", "2027-01-10", "--ics", ics);

        var lines = Unfold(File.ReadAllText(ics).Split("\r\n")[..^1]);
        Assert.Contains(lines, l => l.StartsWith(@"X-WR-CALNAME:红旗村党支部\, 第一网格\; 很长的名字", StringComparison.Ordinal));
    }

    [Fact]
    public void The_json_schedule_has_every_entry_with_its_status_and_the_documented_fields()
    {
        var record = files.Write("json.json", SampleRecords.Demo);

        var result = Tool.Run("schedule", record, "--as-of", "2027-07-01", "--policy", "collection", "--format", "json");

        Assert.Equal(1, result.ExitCode); // overdue, as in text
        Assert.Empty(result.Stderr);
        var document = JsonNode.Parse(result.Stdout)!.AsObject();
        Assert.Equal(["kind", "formatVersion", "source", "branch", "policy", "meetingKind", "meetingDate", "timeZone", "asOf", "entries", "summary", "calendarFile"], document.Select(p => p.Key));
        Assert.Equal("schedule", (string)document["kind"]!);
        Assert.Equal(1, (int)document["formatVersion"]!);
        Assert.Equal("json.json", (string)document["source"]!);
        Assert.Equal("hongqi-village", (string)document["branch"]!);
        Assert.Equal("collection", (string)document["policy"]!);
        Assert.Equal("organizationalLife", (string)document["meetingKind"]!);
        Assert.Equal("2026-12-18", (string)document["meetingDate"]!);
        Assert.Equal("Asia/Shanghai", (string)document["timeZone"]!);
        Assert.Equal("2027-07-01", (string)document["asOf"]!);
        Assert.Null(document["calendarFile"]);
        var entries = document["entries"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.Equal(9, entries.Count);
        Assert.All(entries, e => Assert.Equal(["dueDate", "rule", "dueKind", "number", "bound", "period", "status", "labelKey", "label"], e.Select(p => p.Key)));
        var report = Assert.Single(entries, e => (string)e["rule"]! == "OL501");
        Assert.Equal("2026-12-28", (string)report["dueDate"]!);
        Assert.Equal("doneLate", (string)report["status"]!);
        Assert.Equal("onOrBefore", (string)report["bound"]!);
        Assert.StartsWith("Report the meeting", (string)report["label"]!, StringComparison.Ordinal);
        var progress = Assert.Single(entries, e => (string)e["rule"]! == "OL504");
        Assert.Equal("overdue", (string)progress["status"]!);
        Assert.Equal(1, (int)progress["period"]!["number"]!);
        var summary = document["summary"]!.AsObject();
        Assert.Equal(["overdue", "notYetDue", "done", "doneLate", "notRecorded"], summary.Select(p => p.Key));
        Assert.Equal(entries.Count, summary.Sum(p => (int)p.Value!));
        Assert.Equal(entries.Count(e => (string)e["status"]! == "overdue"), (int)summary["overdue"]!);
    }

    [Fact]
    public void The_json_schedule_says_what_the_text_says()
    {
        var record = files.Write("same.json", SampleRecords.Demo);

        var text = Tool.Run("schedule", record, "--as-of", "2027-01-10", "--culture", "zh-CN");
        var json = Tool.Run("schedule", record, "--as-of", "2027-01-10", "--culture", "zh-CN", "--format", "json");

        Assert.Equal(text.ExitCode, json.ExitCode);
        var entries = JsonNode.Parse(json.Stdout)!["entries"]!.AsArray();
        var statusWords = new Dictionary<string, string> { ["done"] = "已完成", ["notYetDue"] = "未到期", ["overdue"] = "逾期未办", ["doneLate"] = "逾期完成", ["notRecorded"] = "未记录" };
        foreach (var entry in entries)
        {
            Assert.Matches($@"{entry!["dueDate"]} +{entry["rule"]} +{statusWords[(string)entry["status"]!]} +{System.Text.RegularExpressions.Regex.Escape((string)entry["label"]!)}", text.Stdout);
        }
    }

    [Fact]
    public void With_ics_the_json_schedule_names_the_calendar_and_stdout_stays_one_document()
    {
        var ics = files.Missing("json.ics");

        var result = Tool.Run("schedule", files.Write("with-ics.json", SampleRecords.Demo), "--as-of", "2027-01-10", "--format", "json", "--ics", ics);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ics, (string)JsonNode.Parse(result.Stdout)!["calendarFile"]!);
        Assert.True(File.Exists(ics));
    }

    [Fact]
    public void The_json_schedule_shown_in_docs_cli_output_is_what_the_tool_prints()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "cli-output.md"));
        var shown = doc.Split("```json\n")[3].Split("\n```")[0].Split('\n').Where(line => line.Trim() != "…").ToList();

        var printed = Tool.Run("schedule", files.Write("small.json", SampleRecords.NoQuorum), "--as-of", "2027-01-10", "--format", "json").Stdout.ReplaceLineEndings("\n").Split('\n');

        // Every line shown is printed, in order (the doc leaves entries out).
        var next = 0;
        foreach (var line in shown)
        {
            next = Array.IndexOf(printed, line, next) + 1;
            Assert.True(next > 0, $"not printed in this order: {line}");
        }
    }

    private static List<string> Unfold(IEnumerable<string> physical)
    {
        var lines = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' '))
            {
                lines[^1] += line[1..];
            }
            else
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
