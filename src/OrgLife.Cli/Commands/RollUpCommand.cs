using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
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

    public static int Run(Arguments arguments, CommandContext context)
    {
        arguments.AllowOnly(Name, [.. StoreOptions.Names, "assessment", "level", "format", "progress"]);
        var assessment = PartialFiles.Assessment(arguments, null);
        var depth = Level(arguments.Option("level"));
        var format = CommonOptions.Format(arguments);
        var showProgress = CommonOptions.Progress(arguments, context);
        StoreOptions.Schema(arguments);
        ImmutableArray<LevelTotals> totals;
        using (new TimedProgress(context.Error, showProgress, () => "rolling up …"))
        {
            if (arguments.Positionals.Length > 0)
            {
                if (arguments.Option("store") is not null || arguments.Option("postgres") is not null)
                {
                    throw new UsageException("roll up either Parquet files or a store (--store / --postgres), not both.");
                }

                foreach (var file in arguments.Positionals)
                {
                    if (!PartialFiles.IsParquet(file))
                    {
                        throw new UsageException($"'{file}': the engine route reads *.parquet files; store JSON partials first ('orglife store').");
                    }

                    Input.RecordFiles.RequireExists(file);
                }

                try
                {
                    totals = ParquetRollUp.RollUpAsync(arguments.Positionals, assessment, depth, context.Cancellation).GetAwaiter().GetResult();
                }
                catch (DuckDB.NET.Data.DuckDBException ex)
                {
                    throw new BadInputException($"DuckDB could not read the files: {ex.Message}");
                }
            }
            else
            {
                var store = StoreOptions.Open(arguments, context);
                try
                {
                    totals = store.RollUpAsync(assessment, depth, context.Cancellation).GetAwaiter().GetResult();
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
    internal static int Level(string? text) => text switch
    {
        null or "total" => 0,
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
