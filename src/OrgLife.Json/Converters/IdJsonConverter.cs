using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrgLife.Json.Converters;

/// <summary>
/// An ID type (<see cref="OrgLife.Ids.BranchId"/>, <see cref="OrgLife.Ids.MemberId"/>, <see cref="OrgLife.Ids.PartyGroupId"/>,
/// <see cref="OrgLife.Findings.RuleId"/>) as a JSON string, also as a dictionary key; text that is not a valid ID is
/// rejected with the ID's own reason.
/// </summary>
/// <typeparam name="TId">The ID type.</typeparam>
public sealed class IdJsonConverter<TId> : JsonConverter<TId>
    where TId : struct, ISpanParsable<TId>
{
    /// <inheritdoc />
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonTokens.Unexpected(ref reader, $"a {typeof(TId).Name} as text");
        }

        return Parse(reader.GetString()!);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc />
    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString()!);
    }

    private static TId Parse(string text)
    {
        try
        {
            return TId.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (FormatException ex)
        {
            throw new RecordValueException(ex.Message);
        }
    }
}
