using System.CommandLine;
using System.Globalization;
using System.Text;
using NodaTime;
using OrgLife.Cli.Input;
using OrgLife.Branches;
using OrgLife.Json;
using OrgLife.Cli.Output;
using OrgLife.Cli.Pipeline;
using OrgLife.Json.Output;
using OrgLife.Records;
using OrgLife.Rules;
using OrgLife.Rules.Policies;

namespace OrgLife.Cli.Commands;

/// <summary>
/// <c>orglife validate RECORD.json|RECORDS.jsonl|-</c>: reads the record(s), validates each under the
/// policy as of a date, prints one report per record (and a summary for .jsonl, or with <c>--lines</c>). Exit 0 when no
/// report has an error, 1 when one has, 2 when the file or a line of it cannot be read (the other lines still validated).
/// </summary>
internal static class ValidateCommand
{
    public const string Name = "validate";

    private static readonly OrgLifeValidator Validator = new();

    [ThreadStatic]
    private static StringBuilder? reportText;

    /// <summary>The command, its file argument and options, bound to <see cref="Run"/>.</summary>
    public static Command Create(CommandContext context, Labels labels)
    {
        var file = new Argument<string>("RECORD")
        {
            HelpName = "RECORD.json|RECORDS.jsonl|-",
            Description = labels.Pick("The record (.json), or one record per line (.jsonl, .ndjson, or --lines); - reads standard input.", "记录文件（.json），或每行一条记录（.jsonl、.ndjson 或 --lines）；- 读取标准输入。"),
        };
        var policy = CommonOptions.Policy(labels);
        var asOf = CommonOptions.AsOf(labels);
        var culture = CommonOptions.Culture(labels);
        var format = CommonOptions.Format(labels, "docs/record-format.md");
        var lines = CommonOptions.Flag("--lines", labels.Pick("Read one record per line whatever the file's name.", "无论文件名如何，都按每行一条记录读取。"));
        var command = new ToolCommand(Name, labels.Pick(
            "Validate one branch record (.json) or one record per line (.jsonl, or --lines); - reads standard input. Dates must lie in 1900-01-01 to 2200-12-31; a .jsonl line may hold at most 1 MiB. Exit 1 when a report has an error finding.",
            "校验一条支部记录（.json）或每行一条记录（.jsonl 或 --lines）；- 读取标准输入。日期须在 1900-01-01 至 2200-12-31 之间；.jsonl 每行至多 1 MiB。有错误级问题时退出码为 1。"),
            "'validate' needs exactly one file: RECORD.json (one record) or RECORDS.jsonl (one record per line); - reads standard input.")
        {
            file, policy, asOf, culture, format, lines,
        };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(file),
            lines.ValueIn(parse),
            new Settings(policy.ValueIn(parse), asOf.ValueIn(parse), culture.ValueIn(parse), format.ValueIn(parse), context.Clock),
            context));
        return command;
    }

    private static int Run(string file, bool lines, Settings settings, CommandContext context)
        => RecordFiles.IsLines(file) || lines ? ValidateLines(file, settings, context) : ValidateDocument(file, settings, context);

    private static int ValidateDocument(string file, Settings settings, CommandContext context)
    {
        var report = settings.Validate(RecordFiles.ReadOne(file));
        var source = RecordFiles.SourceName(file);
        if (settings.Format == OutputFormat.Json)
        {
            ReportJson.Write(context.Out, report, source, indented: true);
        }
        else
        {
            ReportTextWriter.Write(context.Out, report, source, Labels.For(settings.Culture));
        }

        return report.HasErrors ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    private static int ValidateLines(string file, Settings settings, CommandContext context)
        => ValidateLines(file, settings, context, Environment.ProcessorCount);

    /// <summary>
    /// Validates a .jsonl file on <paramref name="workers"/> threads: the lines are cut here, in order; each is read,
    /// validated and printed to text by a worker; the texts, errors and summary are written here in input order, so the
    /// output is the same byte for byte whatever the number of workers (1 is the sequential reference).
    /// </summary>
    internal static int ValidateLines(string file, Settings settings, CommandContext context, int workers)
    {
        var source = RecordFiles.SourceName(file);
        var labels = Labels.For(settings.Culture);
        var newLine = context.Out.NewLine;
        var summary = new ValidationSummary(source);
        var lines = OrderedParallel.Map(RecordFiles.CutLines(file), line => Process(line, settings, source, labels, newLine), workers, context.Cancellation);
        foreach (var line in lines)
        {
            if (line.Error is { } error)
            {
                // One bad line is reported and skipped; the rest of the file is still validated.
                context.Fail(RecordFiles.LineError(file, line.Number, error));
                summary.Reject(line.Number, error);
                continue;
            }

            summary.Add(line.Report!);
            // One write per record: the console writer flushes on every call.
            context.Out.Write(line.Output);
        }

        if (settings.Format == OutputFormat.Json)
        {
            ReportJson.WriteSummary(context.Out, summary);
        }
        else
        {
            ValidationSummaryText.Write(context.Out, summary, labels);
        }

        return summary.Rejected > 0 ? ExitCodes.BadInput
            : summary.WithErrors > 0 ? ExitCodes.ErrorsFound
            : ExitCodes.Success;
    }

    /// <summary>A worker's part for one line: read, validate, print the report; thread safe.</summary>
    private static ValidatedLine Process(UnreadRecordLine line, Settings settings, string source, Labels labels, string newLine)
    {
        var result = line.Read().Result;
        if (!result.Succeeded)
        {
            return new ValidatedLine(line.Line, result.Error, null, null);
        }

        var report = settings.Validate(result.Record);
        // The report is put together in one builder per thread and copied out once, for the writer's thread.
        var text = (reportText ??= new StringBuilder()).Clear();
        using var output = new StringWriter(text, CultureInfo.InvariantCulture) { NewLine = newLine };
        if (settings.Format == OutputFormat.Json)
        {
            ReportJson.Write(output, report, source, line.Line);
        }
        else
        {
            ReportTextWriter.Write(output, report, labels.Zh ? $"{source} 第 {line.Line} 行" : $"{source} line {line.Line}", labels);
            output.WriteLine();
        }

        return new ValidatedLine(line.Line, null, report, output.ToString());
    }

    /// <summary>One line of a .jsonl file after a worker's part: the reason it was rejected, or its report and printed output.</summary>
    private sealed record ValidatedLine(long Number, RecordError? Error, ValidationReport? Report, string? Output);

    internal sealed record Settings(OrgLifePolicy Policy, LocalDate? AsOf, CultureInfo Culture, OutputFormat Format, IClock Clock)
    {
        /// <summary>Validates as of --as-of, or as of today in the branch's time zone (Asia/Shanghai when the record has no branch).</summary>
        public ValidationReport Validate(BranchRecord record)
        {
            var asOf = AsOf ?? Clock.GetCurrentInstant().InZone(record.Branch?.TimeZone ?? Branch.DefaultTimeZone).Date;
            return Validator.Validate(record, Policy, asOf, Culture);
        }
    }
}
