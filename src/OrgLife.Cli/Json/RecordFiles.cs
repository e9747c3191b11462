using System.Globalization;
using OrgLife.Cli.Commands;
using OrgLife.Records;

namespace OrgLife.Cli.Json;

/// <summary>
/// Opens record files for the commands: one record (.json) or one per line (.jsonl, .ndjson); <c>-</c> reads
/// standard input, and a pipe or FIFO is read like a file (start to end, never seeked). Both kinds are read the
/// same way: UTF-8, a byte-order mark accepted at the start, invalid UTF-8 an error naming the line and byte.
/// A document may hold at most <see cref="MaxDocumentBytes"/> bytes and a line at most <see cref="MaxLineBytes"/>;
/// a longer line is rejected by its number and skipped without being held whole, the rest still read.
/// </summary>
internal static class RecordFiles
{
    /// <summary>The name that reads standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>The longest line of a .jsonl file, in bytes, its line ending excluded: 1 MiB, far above any branch record's.</summary>
    public const int MaxLineBytes = 1 << 20;

    /// <summary>The largest .json document, in bytes: 64 MiB.</summary>
    public const int MaxDocumentBytes = 64 << 20;

    private const int ChunkBytes = 64 << 10;

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

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
        var bytes = ReadAll(stream) ?? throw new BadInputException($"{DisplayPath(file)}: the document is larger than {MaxDocumentBytes / (1 << 20)} MiB; split the records into a .jsonl file, one per line.");
        var content = bytes.AsSpan().StartsWith(Bom) ? bytes.AsSpan(Bom.Length) : bytes;
        if (Utf8Text.FirstInvalid(content) is { } offset)
        {
            var before = content[..offset];
            var line = before.Count((byte)'\n') + 1;
            var column = offset - before.LastIndexOf((byte)'\n');
            throw new BadInputException($"{DisplayPath(file)}: $ (line {line}, column {column}, byte offset {offset + (bytes.Length - content.Length)}): invalid UTF-8; the record must be UTF-8 text.");
        }

        var result = RecordReader.Read(content);
        return result.Succeeded ? result.Record : throw new BadInputException($"{DisplayPath(file)}: {result.Error}");
    }

    /// <summary>Every non-blank line of <paramref name="file"/>, read one at a time: its 1-based number and what it held.</summary>
    public static IEnumerable<(long Line, RecordReadResult Result)> ReadLines(string file)
    {
        foreach (var line in CutLines(file))
        {
            yield return (line.Number, line.Read());
        }
    }

    /// <summary>
    /// Every non-blank line of <paramref name="file"/>, cut from the input but not yet read (<see cref="RecordLine.Read"/>
    /// does that, on any thread): a pipeline reads the lines in parallel and keeps their order.
    /// </summary>
    public static IEnumerable<RecordLine> CutLines(string file)
    {
        using var stream = Open(file);
        var splitter = new LineSplitter();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            // The lines a chunk completes are cut here and yielded after: a span cannot live across a yield.
            foreach (var line in splitter.Add(chunk.AsSpan(0, read)))
            {
                yield return line;
            }
        }

        if (splitter.Finish() is { } last)
        {
            yield return last;
        }
    }

    /// <summary>"FILE line N: error (column C)", for a line of a .jsonl file that cannot be read.</summary>
    public static string LineError(string file, long line, RecordError error)
        => $"{DisplayPath(file)} line {line.ToString(CultureInfo.InvariantCulture)}: {error with { Line = null }}{(error.Column is { } column ? $" (column {column})" : string.Empty)}";

    private static Stream Open(string file)
    {
        if (file == StandardInput)
        {
            return Console.OpenStandardInput();
        }

        RequireExists(file);
        return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
    }

    /// <summary>The whole stream, or null when it holds more than <see cref="MaxDocumentBytes"/> (read up to one byte past, never more).</summary>
    private static byte[]? ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxDocumentBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Cuts a byte stream into lines: holds at most one line of <see cref="MaxLineBytes"/> (plus a CR) besides the lines it returns.</summary>
    private sealed class LineSplitter
    {
        private readonly MemoryStream line = new();
        private long number;
        private bool tooLong;

        public List<RecordLine> Add(ReadOnlySpan<byte> bytes)
        {
            var done = new List<RecordLine>();
            while (true)
            {
                var newline = bytes.IndexOf((byte)'\n');
                Append(newline < 0 ? bytes : bytes[..newline]);
                if (newline < 0)
                {
                    return done;
                }

                if (Complete() is { } result)
                {
                    done.Add(result);
                }

                bytes = bytes[(newline + 1)..];
            }
        }

        /// <summary>The last line, when the input does not end with a line break.</summary>
        public RecordLine? Finish() => line.Length > 0 || tooLong ? Complete() : null;

        private void Append(ReadOnlySpan<byte> part)
        {
            if (tooLong)
            {
                return;
            }

            // One byte of slack for the CR of a CRLF line ending.
            if (line.Length + part.Length > MaxLineBytes + 1)
            {
                tooLong = true;
                line.SetLength(0);
                return;
            }

            line.Write(part);
        }

        private RecordLine? Complete()
        {
            number++;
            var content = line.GetBuffer().AsSpan(0, (int)line.Length);
            // A byte-order mark opens the file, or a line where two files were concatenated.
            if (content.StartsWith(Bom))
            {
                content = content[Bom.Length..];
            }

            if (content.EndsWith((ReadOnlySpan<byte>)[(byte)'\r']))
            {
                content = content[..^1];
            }

            var wasTooLong = tooLong || content.Length > MaxLineBytes;
            RecordLine? result = wasTooLong
                ? new RecordLine(number, null)
                : IsBlank(content) ? null
                : new RecordLine(number, content.ToArray());
            line.SetLength(0);
            tooLong = false;
            return result;
        }

        private static bool IsBlank(ReadOnlySpan<byte> content) => content.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r']).IsEmpty;
    }
}
