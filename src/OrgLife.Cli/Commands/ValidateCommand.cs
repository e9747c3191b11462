using System.Globalization;
using NodaTime;
using OrgLife.Cli.Input;
using OrgLife.Branches;
using OrgLife.Json;
using OrgLife.Cli.Output;
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

    public static int Run(Arguments arguments, CommandContext context)
    {
        arguments.AllowOnly(Name, "policy", "as-of", "culture", "format", "lines");
        if (arguments.Positionals.Length != 1)
        {
            throw new UsageException("'validate' needs exactly one file: RECORD.json (one record) or RECORDS.jsonl (one record per line); - reads standard input.");
        }

        var settings = new Settings(
            CommonOptions.Policy(arguments),
            CommonOptions.AsOf(arguments),
            CommonOptions.Culture(arguments),
            CommonOptions.Format(arguments),
            context.Clock);
        var file = arguments.Positionals[0];
        return RecordFiles.IsLines(file) || arguments.Flag("lines") ? ValidateLines(file, settings, context) : ValidateDocument(file, settings, context);
    }

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
    {
        var source = RecordFiles.SourceName(file);
        var labels = Labels.For(settings.Culture);
        var summary = new ValidationSummary(source);
        foreach (var (lineNumber, result) in RecordFiles.ReadLines(file))
        {
            if (!result.Succeeded)
            {
                // One bad line is reported and skipped; the rest of the file is still validated.
                context.Fail(RecordFiles.LineError(file, lineNumber, result.Error));
                summary.Reject(lineNumber, result.Error);
                continue;
            }

            var report = settings.Validate(result.Record);
            summary.Add(report);
            if (settings.Format == OutputFormat.Json)
            {
                ReportJson.Write(context.Out, report, source, lineNumber);
            }
            else
            {
                ReportTextWriter.Write(context.Out, report, labels.Pick($"{source} line {lineNumber}", $"{source} 第 {lineNumber} 行"), labels);
                context.Out.WriteLine();
            }
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

    private sealed record Settings(OrgLifePolicy Policy, LocalDate? AsOf, CultureInfo Culture, OutputFormat Format, IClock Clock)
    {
        /// <summary>Validates as of --as-of, or as of today in the branch's time zone (Asia/Shanghai when the record has no branch).</summary>
        public ValidationReport Validate(BranchRecord record)
        {
            var asOf = AsOf ?? Clock.GetCurrentInstant().InZone(record.Branch?.TimeZone ?? Branch.DefaultTimeZone).Date;
            return Validator.Validate(record, Policy, asOf, Culture);
        }
    }
}
