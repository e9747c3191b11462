using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OrgLife.Cli.Output.Json;

/// <summary>Writes output documents as JSON, Chinese left readable (not \u-escaped), one document per line or indented.</summary>
internal static class OutputJson
{
    private static readonly OutputJsonContext Compact = new(Options(indented: false));

    private static readonly OutputJsonContext Indented = new(Options(indented: true));

    /// <summary>Writes <paramref name="document"/> on one line.</summary>
    public static void WriteLine<T>(TextWriter writer, T document, Func<OutputJsonContext, JsonTypeInfo<T>> type)
        => writer.WriteLine(JsonSerializer.Serialize(document, type(Compact)));

    /// <summary>Writes <paramref name="document"/> indented.</summary>
    public static void WriteIndented<T>(TextWriter writer, T document, Func<OutputJsonContext, JsonTypeInfo<T>> type)
        => writer.WriteLine(JsonSerializer.Serialize(document, type(Indented)));

    // Options given at run time replace the context's attribute options, so they repeat the naming policy.
    private static JsonSerializerOptions Options(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
    };
}
