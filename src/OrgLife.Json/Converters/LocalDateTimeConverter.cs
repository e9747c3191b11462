using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace OrgLife.Json.Converters;

/// <summary>
/// A NodaTime <see cref="LocalDateTime"/> as ISO 8601 text, for example <c>"2026-12-15T09:00:00"</c>;
/// seconds may be left out (<c>"2026-12-15T09:00"</c>) because vendors' forms rarely record them.
/// </summary>
internal sealed class LocalDateTimeConverter : JsonConverter<LocalDateTime>
{
    private static readonly LocalDateTimePattern WithoutSeconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    public override LocalDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString()!;
            var parsed = LocalDateTimePattern.ExtendedIso.Parse(text) is { Success: true } full ? full.Value
                : WithoutSeconds.Parse(text) is { Success: true } minutesOnly ? minutesOnly.Value
                : (LocalDateTime?)null;
            if (parsed is { } value)
            {
                return SupportedDates.Contains(value.Date)
                    ? value
                    : throw new RecordValueException($"the date {LocalDatePattern.Iso.Format(value.Date)} is outside the supported range {SupportedDates.Range}");
            }
        }

        throw JsonTokens.Unexpected(ref reader, "a local date and time as ISO 8601 text yyyy-MM-ddTHH:mm:ss (for example \"2026-12-15T09:00:00\")");
    }

    public override void Write(Utf8JsonWriter writer, LocalDateTime value, JsonSerializerOptions options)
        => writer.WriteStringValue(LocalDateTimePattern.ExtendedIso.Format(value));
}
