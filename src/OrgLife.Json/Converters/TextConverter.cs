using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrgLife.Json.Converters;

/// <summary>JSON text for every string of the record, so a number or object where text belongs gets our clear message.</summary>
internal sealed class TextConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonTokens.Unexpected(ref reader, "text");
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // GetString refuses an escaped lone surrogate such as "\ud800": it is no Unicode text.
            throw new RecordValueException("expected text, found an escape of half a character (a lone surrogate such as \\ud800)");
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
