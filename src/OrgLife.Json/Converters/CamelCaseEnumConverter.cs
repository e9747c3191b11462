using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrgLife.Json.Converters;

/// <summary>
/// An enum as its camelCase name (<c>"probationary"</c>, <c>"basicallyQualified"</c>). Numbers and
/// unknown names are rejected with the list of names there are, so a typo never becomes a default.
/// For a [Flags] enum only the single named values are accepted; the record lists them in an array.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>The camelCase names in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<TEnum>().Select(NameOf)];

    private static readonly FrozenDictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToFrozenDictionary(NameOf, StringComparer.Ordinal);

    private static readonly string Expected = $"one of {string.Join(", ", Names.Select(n => $"\"{n}\""))}";

    /// <summary>The camelCase name of <paramref name="value"/>.</summary>
    public static string NameOf(TEnum value)
    {
        var name = value.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));
    }

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && ByName.TryGetValue(reader.GetString()!, out var value))
        {
            return value;
        }

        throw JsonTokens.Unexpected(ref reader, Expected);
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(NameOf(value));
}
