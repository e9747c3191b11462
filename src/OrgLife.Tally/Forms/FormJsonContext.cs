using System.Text.Json.Serialization;

namespace OrgLife.Tally.Forms;

/// <summary>Source-generated (reflection-free) JSON metadata for ballot form documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(FormDocument))]
internal sealed partial class FormJsonContext : JsonSerializerContext;
