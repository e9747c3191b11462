using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text.Json;
using OrgLife.Json.Converters;
using OrgLife.Json.Mapping;

namespace OrgLife.Json;

/// <summary>
/// Reads branch records in the documented format (docs/record-format.md): one record from a JSON document
/// (bytes, a stream or a pipe), or one record per line of a <c>.jsonl</c> input. Reading is in two steps: the text is
/// read by one <see cref="Utf8JsonReader"/> pass straight to the domain record when it is well formed (the fast path),
/// and otherwise by the reference: System.Text.Json's source-generated serializer reads DTOs, then the mapper builds
/// the domain record.
/// Either step stops at the first problem and returns its JSON path, what was expected, and the line and
/// column; nothing half-read is returned and no input makes a reader throw (only cancellation does).
/// Input is UTF-8, a byte-order mark accepted at the start; invalid UTF-8 is an error naming the byte.
/// </summary>
public static class RecordReader
{
    /// <summary>The largest JSON document, in bytes: 64 MiB.</summary>
    public const int MaxDocumentBytes = 64 << 20;

    /// <summary>The longest line of a <c>.jsonl</c> input, in bytes, its line ending excluded: 1 MiB, far above any branch record's.</summary>
    public const int MaxLineBytes = 1 << 20;

    private const int ChunkBytes = 64 << 10;

    /// <summary>The bytes read at once when cutting lines: most demo-size lines (36 KB) then fall wholly in one read and are copied once.</summary>
    private const int LineChunkBytes = 1 << 20;
    private const string ConvertedTo = "could not be converted to ";
    private const string DuplicateProperty = "Duplicate property";

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads one record from a whole UTF-8 JSON document.</summary>
    /// <param name="utf8Json">One JSON document, optionally after a byte-order mark.</param>
    public static RecordReadResult Read(ReadOnlySpan<byte> utf8Json)
    {
        var content = utf8Json.StartsWith(Bom) ? utf8Json[Bom.Length..] : utf8Json;
        if (Utf8Text.FirstInvalid(content) is { } offset)
        {
            var before = content[..offset];
            var line = before.Count((byte)'\n') + 1;
            var column = offset - before.LastIndexOf((byte)'\n');
            return RecordReadResult.Failed(new RecordError("$", "invalid UTF-8; the record must be UTF-8 text.", line, column, offset + (utf8Json.Length - content.Length)));
        }

        return Parse(content);
    }

    /// <summary>Reads one record from a stream holding one JSON document, to its end; at most <see cref="MaxDocumentBytes"/>.</summary>
    /// <param name="utf8Json">The stream; read, not disposed.</param>
    public static RecordReadResult Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxDocumentBytes)
            {
                return TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads one record from a stream holding one JSON document, to its end; at most <see cref="MaxDocumentBytes"/>.</summary>
    /// <param name="utf8Json">The stream (an HTTP request body, a file); read, not disposed.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async ValueTask<RecordReadResult> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await utf8Json.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxDocumentBytes)
            {
                return TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads one record from a pipe holding one JSON document, to its end; at most <see cref="MaxDocumentBytes"/>.</summary>
    /// <param name="utf8Json">The pipe (ASP.NET Core's <c>Request.BodyReader</c>); read to its end, not completed.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async ValueTask<RecordReadResult> ReadAsync(PipeReader utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        while (true)
        {
            var result = await utf8Json.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length > MaxDocumentBytes)
            {
                utf8Json.AdvanceTo(buffer.End);
                return TooLarge();
            }

            if (result.IsCanceled)
            {
                throw new OperationCanceledException("The pipe's pending read was cancelled.");
            }

            if (result.IsCompleted)
            {
                var read = Read(buffer.IsSingleSegment ? buffer.FirstSpan : buffer.ToArray());
                utf8Json.AdvanceTo(buffer.End);
                return read;
            }

            // Nothing consumed, everything examined: the next read returns more.
            utf8Json.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>
    /// Reads a <c>.jsonl</c> stream one line at a time: every non-blank line's number and the record it held, or
    /// why it was rejected (invalid UTF-8, longer than <see cref="MaxLineBytes"/>, not a record). A bad line is
    /// rejected alone and the rest still read; at most one line is held in memory.
    /// </summary>
    /// <param name="utf8Lines">The stream; read, not disposed.</param>
    public static IEnumerable<RecordLine> ReadLines(Stream utf8Lines)
    {
        ArgumentNullException.ThrowIfNull(utf8Lines);
        return Lines(utf8Lines);

        static IEnumerable<RecordLine> Lines(Stream stream)
        {
            foreach (var line in CutLines(stream))
            {
                yield return line.Read();
            }
        }
    }

    /// <summary>
    /// Cuts a <c>.jsonl</c> stream into its non-blank lines without reading them: <see cref="UnreadRecordLine.Read"/>
    /// reads each, on any thread, to exactly what <see cref="ReadLines(Stream)"/> returns. For a pipeline that reads
    /// lines in parallel; it holds the lines it has cut and not yet read, the splitter at most one more.
    /// </summary>
    /// <param name="utf8Lines">The stream; read, not disposed.</param>
    public static IEnumerable<UnreadRecordLine> CutLines(Stream utf8Lines)
    {
        ArgumentNullException.ThrowIfNull(utf8Lines);
        return Lines(utf8Lines);

        static IEnumerable<UnreadRecordLine> Lines(Stream stream)
        {
            var splitter = new RecordLineSplitter();
            var chunk = new byte[LineChunkBytes];
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
    }

    /// <summary>Reads a <c>.jsonl</c> stream one line at a time, as <see cref="ReadLines(Stream)"/> does, asynchronously.</summary>
    /// <param name="utf8Lines">The stream; read, not disposed.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static IAsyncEnumerable<RecordLine> ReadLinesAsync(Stream utf8Lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Lines);
        return Lines(utf8Lines, cancellationToken);

        static async IAsyncEnumerable<RecordLine> Lines(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var splitter = new RecordLineSplitter();
            var chunk = new byte[ChunkBytes];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                foreach (var line in splitter.Add(chunk.AsSpan(0, read)))
                {
                    yield return line.Read();
                }
            }

            if (splitter.Finish() is { } last)
            {
                yield return last.Read();
            }
        }
    }

    /// <summary>Reads a <c>.jsonl</c> pipe one line at a time, as <see cref="ReadLines(Stream)"/> does, asynchronously.</summary>
    /// <param name="utf8Lines">The pipe (ASP.NET Core's <c>Request.BodyReader</c>); read to its end, not completed.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static IAsyncEnumerable<RecordLine> ReadLinesAsync(PipeReader utf8Lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Lines);
        return Lines(utf8Lines, cancellationToken);

        static async IAsyncEnumerable<RecordLine> Lines(PipeReader pipe, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var splitter = new RecordLineSplitter();
            while (true)
            {
                var result = await pipe.ReadAsync(cancellationToken).ConfigureAwait(false);
                var lines = new List<UnreadRecordLine>();
                foreach (var segment in result.Buffer)
                {
                    lines.AddRange(splitter.Add(segment.Span));
                }

                pipe.AdvanceTo(result.Buffer.End);
                foreach (var line in lines)
                {
                    yield return line.Read();
                }

                if (result.IsCanceled)
                {
                    throw new OperationCanceledException("The pipe's pending read was cancelled.");
                }

                if (result.IsCompleted)
                {
                    break;
                }
            }

            if (splitter.Finish() is { } last)
            {
                yield return last.Read();
            }
        }
    }

    /// <summary>
    /// Reads a record from UTF-8 JSON already checked to be UTF-8, without a byte-order mark: the fast path
    /// (<see cref="FastRecordReader"/>) when it recognises the record, else the serializer, which words every error.
    /// </summary>
    internal static RecordReadResult Parse(ReadOnlySpan<byte> utf8Json) => Parse(utf8Json, fast: true);

    /// <summary>Reads a record as <see cref="Parse(ReadOnlySpan{byte})"/> does; without <paramref name="fast"/>, by the serializer alone (the reference).</summary>
    internal static RecordReadResult Parse(ReadOnlySpan<byte> utf8Json, bool fast)
    {
        if (IsBlank(utf8Json))
        {
            return RecordReadResult.Failed(new RecordError("$", "the document is empty; expected a JSON object (a branch record)"));
        }

        if (fast && FastRecordReader.TryRead(utf8Json) is { } record)
        {
            return RecordReadResult.Read(record);
        }

        if (ReadDto(utf8Json, out var dto) is { } error)
        {
            return RecordReadResult.Failed(error);
        }

        if (dto is null)
        {
            return RecordReadResult.Failed(new RecordError("$", "expected a JSON object (a branch record), found null"));
        }

        try
        {
            return RecordReadResult.Read(RecordMapper.ToDomain(dto));
        }
        catch (RecordFormatException ex)
        {
            return RecordReadResult.Failed(new RecordError(ex.Path, ex.Detail));
        }
    }

    /// <summary>The reference: System.Text.Json's source-generated serializer reads the DTOs, or the error is worded from its exception.</summary>
    internal static RecordError? ReadDto(ReadOnlySpan<byte> utf8Json, out Dto.BranchRecordDto? dto)
    {
        try
        {
            dto = JsonSerializer.Deserialize(utf8Json, RecordJsonContext.Default.BranchRecordDto);
            return null;
        }
        catch (JsonException ex)
        {
            dto = null;
            return FromJsonException(ex);
        }
    }

    private static RecordReadResult TooLarge() => RecordReadResult.Failed(new RecordError(
        "$",
        string.Create(CultureInfo.InvariantCulture, $"the document is larger than {MaxDocumentBytes / (1 << 20)} MiB; split the records into a .jsonl file, one per line.")));

    private static RecordError FromJsonException(JsonException ex)
    {
        var line = ex.LineNumber + 1;
        var column = ex.BytePositionInLine + 1;
        var path = ex.Path ?? "$";
        if (ex is RecordValueException)
        {
            return new RecordError(path, ex.Message, line, column);
        }

        var message = WithoutPosition(ex.Message);
        var convertedAt = message.IndexOf(ConvertedTo, StringComparison.Ordinal);
        if (convertedAt >= 0)
        {
            // System.Text.Json names our DTO type; the vendor needs to know it wanted an object or an array.
            var target = message[(convertedAt + ConvertedTo.Length)..].TrimEnd('.');
            message = target.EndsWith("[]", StringComparison.Ordinal) ? "expected an array" : "expected an object";
        }
        else if (message.StartsWith(DuplicateProperty, StringComparison.Ordinal))
        {
            message = "the property appears twice in its object";
        }
        else if (ex.InnerException is JsonException)
        {
            // The reader's own error: the text is not JSON (or stops in the middle).
            message = $"malformed JSON: {message}";
        }

        return new RecordError(path, message, line, column);
    }

    private static string WithoutPosition(string message)
    {
        foreach (var marker in (ReadOnlySpan<string>)[" Path: ", " LineNumber: ", "LineNumber: "])
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return message.Trim();
    }

    private static bool IsBlank(ReadOnlySpan<byte> utf8) => utf8.TrimStart((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n', 0xEF, 0xBB, 0xBF]).IsEmpty;
}
