using System.Text.Json;
using OrgLife.Cli.Json.Converters;
using OrgLife.Cli.Json.Mapping;

namespace OrgLife.Cli.Json;

/// <summary>
/// Reads one branch record from JSON in two steps: System.Text.Json (source-generated) reads the
/// text into DTOs, then the mapper builds the domain record. Either step stops at the first problem
/// and returns its JSON path and what was expected; nothing half-read is returned.
/// </summary>
internal static class RecordReader
{
    private const string ConvertedTo = "could not be converted to ";
    private const string DuplicateProperty = "Duplicate property";

    /// <summary>Reads a record from UTF-8 JSON.</summary>
    /// <param name="utf8Json">One JSON document.</param>
    public static RecordReadResult Read(ReadOnlySpan<byte> utf8Json)
    {
        if (IsBlank(utf8Json))
        {
            return RecordReadResult.Failed(new RecordError("$", "the document is empty; expected a JSON object (a branch record)"));
        }

        Dto.BranchRecordDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8Json, RecordJsonContext.Default.BranchRecordDto);
        }
        catch (JsonException ex)
        {
            return RecordReadResult.Failed(FromJsonException(ex));
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
