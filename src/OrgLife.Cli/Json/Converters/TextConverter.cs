using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrgLife.Cli.Json.Converters;

/// <summary>JSON text for every string of the record, so a number or object where text belongs gets our clear message.</summary>
internal sealed class TextConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw JsonTokens.Unexpected(ref reader, "text");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
