using System.Text.Json.Serialization;

namespace OrgLife.Json.Output;

/// <summary>Source-generated metadata of the tool's JSON output: camelCase, nulls written, compact (one object per line).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ReportDocument))]
[JsonSerializable(typeof(SummaryDocument))]
[JsonSerializable(typeof(CatalogueDocument))]
[JsonSerializable(typeof(TallyReportDocument))]
[JsonSerializable(typeof(TallySummaryDocument))]
[JsonSerializable(typeof(BinaryTallySummaryDocument))]
internal sealed partial class OutputJsonContext : JsonSerializerContext;
