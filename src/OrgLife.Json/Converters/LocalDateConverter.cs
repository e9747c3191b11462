using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace OrgLife.Json.Converters;

/// <summary>A NodaTime <see cref="LocalDate"/> as ISO 8601 text, for example <c>"2026-12-15"</c>, within <see cref="SupportedDates"/>.</summary>
internal sealed class LocalDateConverter : JsonConverter<LocalDate>
{
    internal const string Expected = "a date as ISO 8601 text yyyy-MM-dd (for example \"2026-12-15\")";

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && LocalDatePattern.Iso.Parse(reader.GetString()!) is { Success: true } result)
        {
            return SupportedDates.Contains(result.Value)
                ? result.Value
                : throw new RecordValueException($"the date {LocalDatePattern.Iso.Format(result.Value)} is outside the supported range {SupportedDates.Range}");
        }

        throw JsonTokens.Unexpected(ref reader, Expected);
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
        => writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}
