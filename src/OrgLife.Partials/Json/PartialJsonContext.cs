using System.Text.Json.Serialization;

namespace OrgLife.Partials.Json;

/// <summary>The source-generated serializer of the JSON document (camelCase, nulls left out, unknown members refused).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true)]
[JsonSerializable(typeof(PartialDocumentDto))]
internal sealed partial class PartialJsonContext : JsonSerializerContext;
