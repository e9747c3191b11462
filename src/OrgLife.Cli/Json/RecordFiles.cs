using System.Globalization;
using System.Text;
using OrgLife.Cli.Commands;
using OrgLife.Records;

namespace OrgLife.Cli.Json;

/// <summary>Opens record files for the commands: one record (.json) or one per line (.jsonl, .ndjson).</summary>
internal static class RecordFiles
{
    /// <summary>True when <paramref name="file"/> holds one record per line.</summary>
    public static bool IsLines(string file) => Path.GetExtension(file).ToLowerInvariant() is ".jsonl" or ".ndjson";

    /// <summary>Fails with a message naming <paramref name="file"/> when it does not exist.</summary>
    public static void RequireExists(string file)
    {
        if (!File.Exists(file))
        {
            throw new BadInputException($"cannot read '{file}': no such file.");
        }
    }

    /// <summary>The one record of <paramref name="file"/>; bad input when it cannot be read in full.</summary>
    public static BranchRecord ReadOne(string file)
    {
        RequireExists(file);
        var result = RecordReader.Read(File.ReadAllBytes(file));
        return result.Succeeded ? result.Record : throw new BadInputException($"{file}: {result.Error}");
    }

    /// <summary>Every non-blank line of <paramref name="file"/>, read one at a time: its 1-based number and what it held.</summary>
    public static IEnumerable<(long Line, RecordReadResult Result)> ReadLines(string file)
    {
        RequireExists(file);
        using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return (lineNumber, RecordReader.Read(Encoding.UTF8.GetBytes(line)));
            }
        }
    }

    /// <summary>"FILE line N: error (column C)", for a line of a .jsonl file that cannot be read.</summary>
    public static string LineError(string file, long line, RecordError error)
        => $"{file} line {line.ToString(CultureInfo.InvariantCulture)}: {error with { Line = null }}{(error.Column is { } column ? $" (column {column})" : string.Empty)}";
}
