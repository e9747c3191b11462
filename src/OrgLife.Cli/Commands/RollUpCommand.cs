using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OrgLife.Cli.Output;
using OrgLife.Cli.Input;
using OrgLife.Cli.Partials;
using OrgLife.Cli.Progress;
using OrgLife.Partials;
using OrgLife.Storage;

namespace OrgLife.Cli.Commands;

/// <summary>
/// <c>orglife rollup --assessment ID --level county [FILES.parquet …]</c>: the roll-up by one organization level,
/// computed in SQL — by DuckDB over the Parquet files when files are given, else in the store
/// (<see cref="StoreOptions"/>). Prints one line (or JSON object) per organization.
/// </summary>
internal static class RollUpCommand
{
    public const string Name = "rollup";

    /// <summary>The command, its files and options, bound to <see cref="Run"/>.</summary>
    public static Command Create(CommandContext context, Labels labels)
    {
        var files = new Argument<string[]>("FILES")
        {
            HelpName = "FILES.parquet",
            Arity = ArgumentArity.ZeroOrMore,
            Description = labels.Pick("Parquet files of partials to roll up with DuckDB; without files, the store is rolled up.", "用 DuckDB 汇总的 Parquet 部分计票文件；不给文件时汇总存储中的数据。"),
        };
        var assessment = new Option<string>("--assessment")
        {
            HelpName = "ID",
            Description = labels.Pick("The assessment's ID (required).", "测评的标识（必填）。"),
        };
        var level = CommonOptions.Parsed(
            "--level",
            "LEVEL",
            labels.Pick($"The roll-up level: total (default), province (1), city (2), county (3), committee (4, 党委) or a depth 0-{PartialFormat.OrganizationLevels}.", $"汇总层级：total（默认）、province（1）、city（2）、county（3）、committee（4，党委）或深度 0-{PartialFormat.OrganizationLevels}。"),
            Level,
            () => 0);
        var store = new StoreOptions(labels);
        var format = CommonOptions.Format(labels, "one object per organization");
        var progress = CommonOptions.Progress(labels, context);
        var command = new ToolCommand(Name, labels.Pick(
            "Roll an assessment up by organization level in SQL: DuckDB over the Parquet files given, else the store.",
            "用 SQL 按组织层级汇总一次测评：给出 Parquet 文件时由 DuckDB 读取这些文件，否则汇总存储。"),
            fileUsage: null)
        {
            files, assessment, level,
        };
        foreach (var option in store.All)
        {
            command.Add(option);
        }

        command.Add(format);
        command.Add(progress);
        command.SetAction(parse => Run(
            parse.GetValue(files) ?? [],
            PartialFiles.Assessment(parse.GetValue(assessment), null),
            level.ValueIn(parse),
            format.ValueIn(parse),
            progress.ValueIn(parse).On,
            store.StoreGiven(parse),
            () => store.Open(parse, context),
            context));
        return command;
    }

    private static int Run(string[] files, string assessment, int depth, OutputFormat format, bool showProgress, bool storeGiven, Func<PartialStore> openStore, CommandContext context)
    {
        ImmutableArray<LevelTotals> totals;
        using (new TimedProgress(context.Error, showProgress, () => "rolling up …"))
        {
            if (files.Length > 0)
            {
                if (storeGiven)
                {
                    throw new UsageException("roll up either Parquet files or a store (--store / --postgres), not both.");
                }

                foreach (var file in files)
                {
                    if (!PartialFiles.IsParquet(file))
                    {
                        throw new UsageException($"'{file}': the engine route reads *.parquet files; store JSON partials first ('orglife store').");
                    }

                    Input.RecordFiles.RequireExists(file);
                }

                try
                {
                    totals = ParquetRollUp.RollUpAsync(files, assessment, depth, cancellationToken: context.Cancellation).GetAwaiter().GetResult();
                }
                catch (DuckDB.NET.Data.DuckDBException ex)
                {
                    throw new BadInputException($"DuckDB could not read the files: {ex.Message}");
                }
            }
            else
            {
                var store = openStore();
                try
                {
                    totals = store.RollUpAsync(assessment, depth, cancellationToken: context.Cancellation).GetAwaiter().GetResult();
                }
                finally
                {
                    store.DisposeAsync().AsTask().GetAwaiter().GetResult();
                }
            }
        }

        if (format == OutputFormat.Json)
        {
            WriteJson(context.Out, assessment, depth, totals);
        }
        else
        {
            WriteText(context.Out, assessment, depth, totals);
        }

        return totals.Any(t => t.VoidAssessments > 0) ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    /// <summary>--level: total (default), province, city, county, committee (党委), or a depth 0–8.</summary>
    internal static int Level(string text) => text switch
    {
        "total" => 0,
        "province" => 1,
        "city" => 2,
        "county" => 3,
        "committee" => 4,
        _ when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var depth) && depth <= PartialFormat.OrganizationLevels => depth,
        _ => throw new UsageException($"--level '{text}' is not a level; use total, province, city, county, committee or a depth 0–{PartialFormat.OrganizationLevels}."),
    };

    private static void WriteText(TextWriter output, string assessment, int depth, ImmutableArray<LevelTotals> totals)
    {
        output.WriteLine($"Roll-up of {assessment} by the first {depth} organization level(s): {totals.Length} group(s). Void assessments (OL401) are in no total; their counts follow apart.");
        foreach (var t in totals)
        {
            var path = t.Path.Length == 0 ? "(all)" : string.Join(" / ", t.Path);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: branches {t.Branches} (void {t.VoidAssessments}); {Text(t.Counted)}"));
            if (t.VoidAssessments > 0)
            {
                output.WriteLine($"  void assessments, apart: {Text(t.Void)}");
            }
        }
    }

    private static string Text(LevelCounts c) => string.Create(CultureInfo.InvariantCulture,
        $"ballots issued {c.Issued}, accepted {c.Accepted}, rejected {c.Rejected}, voided by the form's rules {c.VoidedBallots}; graded {c.GradedMembers}; overall marks by level [{string.Join(", ", c.OverallMarks)}], abstentions {c.OverallAbstentions}, void {c.OverallVoidMarks}; probationary marks ignored {c.IgnoredProbationaryMarks}; unattributable void {c.UnattributableVoidMarks}");

    private static void WriteJson(TextWriter output, string assessment, int depth, ImmutableArray<LevelTotals> totals)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("assessmentId", assessment);
            json.WriteNumber("depth", depth);
            json.WriteStartArray("groups");
            foreach (var t in totals)
            {
                json.WriteStartObject();
                json.WriteStartArray("path");
                foreach (var level in t.Path)
                {
                    json.WriteStringValue(level);
                }

                json.WriteEndArray();
                json.WriteNumber("branches", t.Branches);
                json.WriteNumber("voidAssessments", t.VoidAssessments);
                WriteCounts(json, "counted", t.Counted);
                WriteCounts(json, "void", t.Void);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, LevelCounts c)
    {
        json.WriteStartObject(name);
        json.WriteNumber("issued", c.Issued);
        json.WriteNumber("accepted", c.Accepted);
        json.WriteNumber("rejected", c.Rejected);
        json.WriteNumber("gradedMembers", c.GradedMembers);
        json.WriteStartArray("overallMarks");
        foreach (var marks in c.OverallMarks)
        {
            json.WriteNumberValue(marks);
        }

        json.WriteEndArray();
        json.WriteNumber("overallAbstentions", c.OverallAbstentions);
        json.WriteNumber("overallVoidMarks", c.OverallVoidMarks);
        json.WriteNumber("ignoredProbationaryMarks", c.IgnoredProbationaryMarks);
        json.WriteNumber("unattributableVoidMarks", c.UnattributableVoidMarks);
        json.WriteEndObject();
    }
}
