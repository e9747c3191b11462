using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace OrgLife.Json.Converters;

/// <summary>Describes the token under the reader for error messages: "a number (1e400)", "text 'abc'".</summary>
internal static class JsonTokens
{
    private const int MaxShown = 40;

    /// <summary>The kind of the current token, with its value when it is short enough to show.</summary>
    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"text '{Shorten(reader.GetString() ?? string.Empty)}'",
        JsonTokenType.Number => $"a number ({Shorten(System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan))})",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => reader.TokenType.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    /// <summary>Throws the error for a value that is not what <paramref name="expected"/> says.</summary>
    public static RecordValueException Unexpected(ref Utf8JsonReader reader, string expected)
        => new($"expected {expected}, found {Describe(ref reader)}");

    private static string Shorten(string text) => text.Length <= MaxShown ? text : string.Concat(text.AsSpan(0, MaxShown), "…");
}
