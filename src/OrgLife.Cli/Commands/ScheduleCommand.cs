using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using NodaTime;
using OrgLife.Cli.Input;
using OrgLife.Branches;
using OrgLife.Json;
using OrgLife.Cli.Output;
using OrgLife.Cli.Schedule;
using OrgLife.Records;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Scheduling;

namespace OrgLife.Cli.Commands;

/// <summary>
/// <c>orglife schedule RECORD.json</c>: every due date of the record's meeting under the policy, each with its rule,
/// label and status as of a date, and optionally an iCalendar file. Exit 1 when something is overdue, 0 otherwise,
/// 2 when the record cannot be read or has no meeting date. <c>--format json</c> prints one document (docs/cli-output.md).
/// </summary>
internal static class ScheduleCommand
{
    public const string Name = "schedule";

    private static readonly ScheduleGenerator Generator = new();

    /// <summary>The command, its file argument and options, bound to <see cref="Run"/>.</summary>
    public static Command Create(CommandContext context, Labels labels)
    {
        var file = new Argument<string>("RECORD")
        {
            HelpName = "RECORD.json|-",
            Description = labels.Pick("A branch record with its meeting's date; - reads standard input.", "含会议日期的支部记录；- 读取标准输入。"),
        };
        var policy = CommonOptions.Policy(labels);
        var asOf = CommonOptions.AsOf(labels);
        var culture = CommonOptions.Culture(labels);
        var format = CommonOptions.Format(labels, "docs/cli-output.md");
        var ics = new Option<string>("--ics")
        {
            HelpName = "FILE",
            Description = labels.Pick("Also write the schedule as an iCalendar file (RFC 5545) to FILE.", "同时将日程写入 iCalendar 文件（RFC 5545）FILE。"),
        };
        var command = new ToolCommand(Name, labels.Pick(
            "Every due date of a record's meeting with its rule and status; --ics writes an iCalendar file. Exit 1 when a step is overdue.",
            "列出记录中会议的每个截止日期及其规则和状态；--ics 写出 iCalendar 文件。有逾期未办事项时退出码为 1。"),
            "'schedule' needs exactly one file: RECORD.json (a branch record with its meeting's date).")
        {
            file, policy, asOf, culture, format, ics,
        };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(file),
            policy.ValueIn(parse),
            asOf.ValueIn(parse),
            culture.ValueIn(parse),
            format.ValueIn(parse),
            parse.GetValue(ics),
            context));
        return command;
    }

    private static int Run(string file, OrgLifePolicy policy, LocalDate? asOfOption, CultureInfo culture, OutputFormat format, string? ics, CommandContext context)
    {
        var labels = Labels.For(culture);
        var record = RecordFiles.ReadOne(file);
        if (record.Meeting?.Date is null)
        {
            throw new BadInputException($"{RecordFiles.DisplayPath(file)}: {(record.Meeting is null ? "$.meeting" : "$.meeting.date")}: the record has no meeting date, so there is no schedule.");
        }

        var schedule = Generator.Generate(record, policy, culture);
        var asOf = asOfOption ?? schedule.LocalDateOf(context.Clock.GetCurrentInstant());
        var statuses = schedule.StatusAsOf(record, asOf);
        var branch = record.Branch?.Id.ToString() ?? "branch";
        var overdue = statuses.Count(s => s.Status == DueStatus.Overdue);
        if (format == OutputFormat.Json)
        {
            if (ics is not null)
            {
                WriteCalendar(ics, record, branch, schedule, statuses, asOf, labels, context);
            }

            ScheduleJsonWriter.Write(context.Out, new ScheduleHeading(RecordFiles.SourceName(file), branch, policy.Name, asOf), schedule, statuses, ics);
            return overdue > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
        }

        context.Out.WriteLine(labels.Pick(
            $"{RecordFiles.SourceName(file)} — branch {branch} · meeting {schedule.MeetingDate:uuuu-MM-dd} · policy {policy.Name} · as of {asOf:uuuu-MM-dd}",
            $"{RecordFiles.SourceName(file)} — 支部 {branch} · 会议日期 {schedule.MeetingDate:uuuu-MM-dd} · 政策 {policy.Name} · 截至 {asOf:uuuu-MM-dd}"));
        context.Out.WriteLine();
        TextTable.Write(
            context.Out,
            [labels.Pick("DUE", "截止日期"), labels.Rule, labels.Pick("STATUS", "状态"), labels.Pick("WHAT", "事项")],
            [.. statuses.Select(s => (IReadOnlyList<string>)[s.Entry.DueDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), s.Entry.RuleId.ToString(), Status(s.Status, labels), s.Entry.Label])],
            "  ");
        context.Out.WriteLine();
        context.Out.WriteLine("  " + labels.Pick(
            $"Summary: {overdue} overdue, {statuses.Count(s => s.Status == DueStatus.NotYetDue)} not yet due, {statuses.Count(s => s.Status is DueStatus.Done or DueStatus.DoneLate)} done ({statuses.Count(s => s.Status == DueStatus.DoneLate)} late), {statuses.Count(s => s.Status == DueStatus.Unknown)} not recorded",
            $"摘要：逾期 {overdue} 项，未到期 {statuses.Count(s => s.Status == DueStatus.NotYetDue)} 项，已完成 {statuses.Count(s => s.Status is DueStatus.Done or DueStatus.DoneLate)} 项（其中逾期完成 {statuses.Count(s => s.Status == DueStatus.DoneLate)} 项），未记录 {statuses.Count(s => s.Status == DueStatus.Unknown)} 项"));
        if (ics is not null)
        {
            WriteCalendar(ics, record, branch, schedule, statuses, asOf, labels, context);
            context.Out.WriteLine("  " + labels.Pick($"Calendar written to {ics} ({statuses.Length} events).", $"日历已写入 {ics}（{statuses.Length} 个事件）。"));
        }

        return overdue > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    private static void WriteCalendar(string ics, BranchRecord record, string branch, MeetingSchedule schedule, ImmutableArray<ScheduleEntryStatus> statuses, LocalDate asOf, Labels labels, CommandContext context)
    {
        var rules = RuleCatalogue.Default;
        var calendar = ICalendarWriter.Write(
            branch,
            schedule,
            statuses.Select(s => (s.Entry, $"[{s.Entry.RuleId}] {s.Entry.Label}", labels.Pick(
                $"{record.Branch?.Name ?? branch}: {labels.RuleName(rules[s.Entry.RuleId])} ({s.Entry.RuleId}). Status as of {asOf:uuuu-MM-dd}: {Status(s.Status, labels)}.",
                $"{record.Branch?.Name ?? branch}：{labels.RuleName(rules[s.Entry.RuleId])}（{s.Entry.RuleId}）。截至 {asOf:uuuu-MM-dd} 状态：{Status(s.Status, labels)}。"))),
            context.Clock.GetCurrentInstant(),
            labels.Pick($"{record.Branch?.Name ?? branch} — organizational life schedule", $"{record.Branch?.Name ?? branch} — 组织生活会日程"));
        try
        {
            File.WriteAllText(ics, calendar, new System.Text.UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"cannot write '{ics}': {ex.Message}");
        }
    }

    private static string Status(DueStatus status, Labels labels) => status switch
    {
        DueStatus.Done => labels.Pick("done", "已完成"),
        DueStatus.NotYetDue => labels.Pick("not yet due", "未到期"),
        DueStatus.Overdue => labels.Pick("OVERDUE", "逾期未办"),
        DueStatus.DoneLate => labels.Pick("done late", "逾期完成"),
        _ => labels.Pick("not recorded", "未记录"),
    };
}
