using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrgLife.Cli.Input;
using OrgLife.Json;
using OrgLife.Cli.Tests.Support;
using OrgLife.Meetings;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Scheduling;
using OrgLife.Text;

namespace OrgLife.Cli.Tests;

/// <summary>Issue 9 on the validator side of the tool: .jsonl line limit and encoding, control characters, the iCalendar writer at any date.</summary>
public sealed class RobustInputTests(TempFiles files) : IClassFixture<TempFiles>
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    private string WriteBytes(string name, params byte[][] parts)
    {
        var file = files.Missing(name);
        File.WriteAllBytes(file, [.. parts.SelectMany(p => p)]);
        return file;
    }

    private static byte[] Text(string text) => Utf8.GetBytes(text);

    [Fact]
    public void A_jsonl_line_over_the_limit_is_rejected_by_number_and_the_rest_validated()
    {
        var longLine = "{\"branch\": {\"id\": \"" + new string('x', RecordFiles.MaxLineBytes) + "\"}}";
        var file = WriteBytes("long.jsonl", Text("{}\n"), Text(longLine + "\n"), Text("{}\r\n{}"));

        var result = Tool.Run("validate", file, "--as-of", "2027-01-10");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("long.jsonl line 2: $: the line is longer than the limit of 1048576 bytes", result.Stderr);
        Assert.Contains("3 validated", result.Stdout);
        Assert.Contains("1 rejected as unreadable", result.Stdout);
    }

    [Fact]
    public void A_line_exactly_at_the_limit_is_read()
    {
        var prefix = "{\"earlierMeetingDates\": [";
        var line = prefix + new string(' ', RecordFiles.MaxLineBytes - prefix.Length - 2) + "]}";
        Assert.Equal(RecordFiles.MaxLineBytes, line.Length);
        var file = WriteBytes("at-limit.jsonl", Text(line + "\r\n"));

        var result = Tool.Run("validate", file, "--as-of", "2027-01-10");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 validated", result.Stdout);
    }

    [Fact]
    public void Invalid_UTF8_in_a_jsonl_line_is_rejected_naming_the_line_and_the_rest_validated()
    {
        var file = WriteBytes("bad.jsonl", [0xEF, 0xBB, 0xBF], Text("{}\n{\"branch\": \""), [0xC3, 0x28], Text("\"}\n{}\n"));

        var result = Tool.Run("validate", file, "--as-of", "2027-01-10");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.jsonl line 2: $: invalid UTF-8", result.Stderr);
        Assert.Contains("(column 13)", result.Stderr);
        Assert.Contains("2 validated", result.Stdout);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_in_json_and_jsonl()
    {
        var json = WriteBytes("bom.json", [0xEF, 0xBB, 0xBF], Text("{}"));
        var lines = WriteBytes("bom.jsonl", [0xEF, 0xBB, 0xBF], Text("{}\n{}\n"));

        Assert.Equal(0, Tool.Run("validate", json, "--as-of", "2027-01-10").ExitCode);
        var result = Tool.Run("validate", lines, "--as-of", "2027-01-10");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 validated", result.Stdout);
    }

    [Fact]
    public void Concatenated_jsonl_files_each_with_a_byte_order_mark_are_read_whole()
    {
        var file = WriteBytes("concatenated.jsonl", [0xEF, 0xBB, 0xBF], Text("{}\n{}\n"), [0xEF, 0xBB, 0xBF], Text("{}\n"));

        var result = Tool.Run("validate", file, "--as-of", "2027-01-10");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 validated", result.Stdout);
    }

    [Fact]
    public void The_summary_lists_the_first_thousand_rejected_lines_and_counts_them_all()
    {
        var file = files.Write("many-bad.jsonl", string.Concat(Enumerable.Repeat("[1]\n", 1_200)) + "{}\n");

        var result = Tool.Run("validate", file, "--as-of", "2027-01-10");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("1 validated", result.Stdout);
        Assert.Contains("1200 rejected as unreadable", result.Stdout);
        Assert.Contains("… and 200 more rejected line(s)", result.Stdout);
        Assert.Contains("many-bad.jsonl line 1200: $", result.Stderr);
    }

    [Fact]
    public void A_control_character_in_a_property_name_is_shown_escaped()
    {
        var file = WriteBytes("bell.json", Text("{\"meeting\": {\"kind\": \"organizationalLife\", \"a\\u0007b\": 1}}"));

        var result = Tool.Run("validate", file, "--as-of", "2027-01-10");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("\\u0007", result.Stderr);
        Assert.Equal(-1, PrintableText.IndexOfControl(result.Stderr.Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_member_name_with_control_characters_is_escaped_in_messages()
    {
        var record = """
            {"branch": {"id": "b", "name": "B", "kind": "village", "hasCommittee": false,
              "members": [{"id": "m1", "name": "A\u001b[2J\u0007", "status": "probationary"}]},
             "evaluation": {"determinations": [{"memberId": "m1", "grade": "excellent"}]}}
            """;
        var result = Tool.Run("validate", files.Write("name.json", record), "--as-of", "2027-01-10");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("A\\u001B[2J\\u0007", result.Stdout);
        Assert.DoesNotContain('\u001b', result.Stdout);
    }

    [Fact]
    public void The_ics_text_escapes_control_characters_as_visible_text()
        => Assert.Equal(@"a\\u0007b\nc\, d", ICalendarWriter.Escape("a\u0007b\r\nc, d"));

    [Fact]
    public void The_ics_writer_never_throws_and_writes_no_control_character_for_any_date_and_policy_that_builds()
    {
        var dates = Gen.Frequency(
            (4, Gen.Choose(0, 110_000).Select(d => new LocalDate(1900, 1, 1).PlusDays(d))),
            (1, Gen.Elements(LocalDate.MaxIsoValue, LocalDate.MaxIsoValue.PlusDays(-1), new LocalDate(9999, 12, 1), new LocalDate(1, 1, 1))));
        var texts = Gen.Elements("plain", "a;b,c\\d", "line\r\nbreak", "bell\u0007", "\u001b[31mred", "梁晨 — 组织生活会", "\u0085\u2028");
        var cases = from date in dates
                    from kind in Gen.Elements(MeetingKind.OrganizationalLife, MeetingKind.DemocraticLife)
                    from report in Gen.Choose(0, OrgLifePolicy.MaxDays)
                    from interval in Gen.Choose(1, OrgLifePolicy.MaxMeetingIntervalMonths)
                    from text in texts
                    select (date, kind, policy: PolicyPresets.National with { ReportDays = report, DemocraticLifeReportDays = report, MeetingIntervalMonths = interval }, text);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var schedule = new ScheduleGenerator().Generate(c.kind, c.date, DateTimeZone.Utc, c.policy, CultureInfo.InvariantCulture);
            var calendar = ICalendarWriter.Write("b1", schedule, schedule.Entries.Select(e => (e, c.text, c.text)), Instant.FromUtc(2026, 12, 31, 0, 0), c.text);
            var lines = calendar.Split("\r\n");
            return lines.All(l => PrintableText.IndexOfControl(l) < 0 && Utf8.GetByteCount(l) <= ICalendarWriter.MaxLineOctets)
                && lines.Count(l => l == "BEGIN:VEVENT") == schedule.Entries.Length;
        }).QuickCheckThrowOnFailure();
    }
}
