using System.Globalization;
using OrgLife.Cli.Commands;
using OrgLife.Json;
using OrgLife.Records;

namespace OrgLife.Cli.Input;

/// <summary>
/// Opens record files for the commands: one record (.json) or one per line (.jsonl, .ndjson); <c>-</c> reads
/// standard input, and a pipe or FIFO is read like a file (start to end, never seeked). The format is read by
/// OrgLife.Json's <see cref="RecordReader"/>; this class only opens files and words the errors for the tool.
/// </summary>
internal static class RecordFiles
{
    /// <summary>The name that reads standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>The longest line of a .jsonl file, in bytes, its line ending excluded.</summary>
    public const int MaxLineBytes = RecordReader.MaxLineBytes;

    /// <summary>True when <paramref name="file"/> holds one record per line.</summary>
    public static bool IsLines(string file) => Path.GetExtension(file).ToLowerInvariant() is ".jsonl" or ".ndjson";

    /// <summary>The name to show for <paramref name="file"/>: <c>stdin</c> for <c>-</c>, else the file's name.</summary>
    public static string SourceName(string file) => file == StandardInput ? "stdin" : Path.GetFileName(file);

    /// <summary>The path to show in errors: <c>stdin</c> for <c>-</c>, else <paramref name="file"/> as given.</summary>
    public static string DisplayPath(string file) => file == StandardInput ? "stdin" : file;

    /// <summary>Fails with a message naming <paramref name="file"/> when it does not exist (standard input always does).</summary>
    public static void RequireExists(string file)
    {
        if (file != StandardInput && !File.Exists(file))
        {
            throw new BadInputException($"cannot read '{file}': no such file.");
        }
    }

    /// <summary>The one record of <paramref name="file"/>; bad input when it cannot be read in full.</summary>
    public static BranchRecord ReadOne(string file)
    {
        using var stream = Open(file);
        var result = RecordReader.Read(stream);
        return result.Succeeded ? result.Record : throw new BadInputException($"{DisplayPath(file)}: {Describe(result.Error)}");
    }

    /// <summary>Every non-blank line of <paramref name="file"/>, read one at a time: its 1-based number and what it held.</summary>
    public static IEnumerable<RecordLine> ReadLines(string file)
    {
        using var stream = Open(file);
        foreach (var line in RecordReader.ReadLines(stream))
        {
            yield return line;
        }
    }

    /// <summary>Every non-blank line of <paramref name="file"/>, cut but not read: a pipeline reads them in parallel and keeps their order.</summary>
    public static IEnumerable<UnreadRecordLine> CutLines(string file)
    {
        using var stream = Open(file);
        foreach (var line in RecordReader.CutLines(stream))
        {
            yield return line;
        }
    }

    /// <summary>"FILE line N: error (column C)", for a line of a .jsonl file that cannot be read.</summary>
    public static string LineError(string file, long line, RecordError error)
        => $"{DisplayPath(file)} line {line.ToString(CultureInfo.InvariantCulture)}: {error with { Line = null }}{(error.Column is { } column ? $" (column {column})" : string.Empty)}";

    // A document too large has no position: the tool has always named it without a path.
    private static string Describe(RecordError error) => error.Line is null && error.Message.StartsWith("the document is larger", StringComparison.Ordinal) ? error.Message : error.ToString();

    private static Stream Open(string file)
    {
        if (file == StandardInput)
        {
            return Console.OpenStandardInput();
        }

        RequireExists(file);
        return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
    }
}
