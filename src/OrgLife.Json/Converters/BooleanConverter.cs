using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrgLife.Json.Converters;

/// <summary>JSON true or false, and nothing else ("yes", 1 and "true" are rejected with a clear message).</summary>
internal sealed class BooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw JsonTokens.Unexpected(ref reader, "true or false"),
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}
