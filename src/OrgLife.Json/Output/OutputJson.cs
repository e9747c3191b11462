using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OrgLife.Json.Output;

/// <summary>Serializes output documents as JSON, Chinese left readable (not \u-escaped), on one line or indented.</summary>
internal static class OutputJson
{
    private static readonly OutputJsonContext Compact = new(Options(indented: false));

    private static readonly OutputJsonContext Indented = new(Options(indented: true));

    // The writer's own options govern escaping and layout when the serializer is given a writer: the compact ones.
    private static readonly JsonWriterOptions CompactWriter = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Writes <paramref name="document"/> compact, as UTF-8: the bytes of <see cref="Serialize{T}"/>'s text.</summary>
    public static void SerializeCompact<T>(IBufferWriter<byte> utf8, T document, Func<OutputJsonContext, JsonTypeInfo<T>> type)
    {
        using var writer = new Utf8JsonWriter(utf8, CompactWriter);
        JsonSerializer.Serialize(writer, document, type(Compact));
    }

    /// <summary><paramref name="document"/> as JSON text.</summary>
    public static string Serialize<T>(T document, Func<OutputJsonContext, JsonTypeInfo<T>> type, bool indented)
        => JsonSerializer.Serialize(document, type(indented ? Indented : Compact));

    // Options given at run time replace the context's attribute options, so they repeat the naming policy.
    private static JsonSerializerOptions Options(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
    };
}
