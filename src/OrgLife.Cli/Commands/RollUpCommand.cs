using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
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

                    Json.RecordFiles.RequireExists(file);
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
        output.WriteLine($"Roll-up of {assessment} by the first {depth} organization level(s): {totals.Length} group(s).");
        foreach (var t in totals)
        {
            var path = t.Path.Length == 0 ? "(all)" : string.Join(" / ", t.Path);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path}: branches {t.Branches} (void {t.VoidAssessments}); ballots issued {t.Issued}, accepted {t.Accepted}, rejected {t.Rejected}; graded {t.GradedMembers}; overall marks by level [{string.Join(", ", t.OverallMarks)}], abstentions {t.OverallAbstentions}, void {t.OverallVoidMarks}; probationary marks ignored {t.IgnoredProbationaryMarks}; unattributable void {t.UnattributableVoidMarks}"));
        }
    }

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
                json.WriteNumber("issued", t.Issued);
                json.WriteNumber("accepted", t.Accepted);
                json.WriteNumber("rejected", t.Rejected);
                json.WriteNumber("gradedMembers", t.GradedMembers);
                json.WriteStartArray("overallMarks");
                foreach (var marks in t.OverallMarks)
                {
                    json.WriteNumberValue(marks);
                }

                json.WriteEndArray();
                json.WriteNumber("overallAbstentions", t.OverallAbstentions);
                json.WriteNumber("overallVoidMarks", t.OverallVoidMarks);
                json.WriteNumber("ignoredProbationaryMarks", t.IgnoredProbationaryMarks);
                json.WriteNumber("unattributableVoidMarks", t.UnattributableVoidMarks);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
