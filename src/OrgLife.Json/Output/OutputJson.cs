using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OrgLife.Json.Output;

/// <summary>Serializes output documents as JSON, Chinese left readable (not \u-escaped), on one line or indented.</summary>
internal static class OutputJson
{
    private static readonly OutputJsonContext Compact = new(Options(indented: false));

    private static readonly OutputJsonContext Indented = new(Options(indented: true));

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
