using OrgLife.Cli.Input;
using OrgLife.Cli.Commands;
using OrgLife.Json;
using OrgLife.Partials;

namespace OrgLife.Cli.Partials;

/// <summary>Partial-tally files on the command line: <c>.parquet</c> or <c>.json</c> (docs/partial-tally-format.md).</summary>
internal static class PartialFiles
{
    /// <summary>Refuses a file name that is neither <c>.parquet</c> nor <c>.json</c>.</summary>
    public static void RequireKnownKind(string file, string option)
    {
        if (!IsParquet(file) && !IsJson(file))
        {
            throw new UsageException($"{option} '{file}': name the file *.parquet (Apache Parquet) or *.json (the JSON document).");
        }
    }

    public static bool IsParquet(string file) => file.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    public static bool IsJson(string file) => file.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes partials to a new file (replacing one there), by its extension.</summary>
    public static void Write(string file, IReadOnlyList<PartialTally> partials, CancellationToken cancellation)
    {
        if (IsParquet(file))
        {
            using var stream = File.Create(file);
            PartialParquet.WriteAsync(partials, stream, cancellation).GetAwaiter().GetResult();
        }
        else
        {
            File.WriteAllText(file, PartialJson.Serialize(partials));
        }
    }

    /// <summary>Reads a file of partials; a missing or unreadable file is bad input.</summary>
    public static PartialReadResult Read(string file, CancellationToken cancellation)
    {
        RequireKnownKind(file, "the partials file");
        RecordFiles.RequireExists(file);
        if (IsParquet(file))
        {
            using var stream = File.OpenRead(file);
            return PartialParquet.ReadAsync(stream, cancellation).GetAwaiter().GetResult();
        }

        return PartialJson.Parse(File.ReadAllText(file));
    }

    /// <summary>--assessment: the assessment ID <paramref name="given"/>, checked; <paramref name="fallback"/> when not given.</summary>
    public static string Assessment(string? given, string? fallback)
    {
        var id = given ?? fallback ?? throw new UsageException("--assessment ID is needed: the assessment to roll up.");
        if (string.IsNullOrWhiteSpace(id) || id.Length > 128 || id.Trim().Length != id.Length || id.Any(char.IsControl))
        {
            throw new UsageException($"--assessment '{id}' is not an ID: 1 to 128 characters without surrounding white space or control characters.");
        }

        return id;
    }
}
