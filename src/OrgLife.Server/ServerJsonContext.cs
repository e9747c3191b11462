using System.Text.Json;
using System.Text.Json.Serialization;
using OrgLife.Server.Endpoints;

namespace OrgLife.Server;

/// <summary>The service's own response documents, serialized by source generation (camelCase, as every OrgLife format).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(PolicyListDocument))]
[JsonSerializable(typeof(PartialSubmission))]
[JsonSerializable(typeof(RollUpDocument))]
[JsonSerializable(typeof(ScheduleDocument))]
[JsonSerializable(typeof(SkippedRow[]))]
[JsonSerializable(typeof(OrgLife.Server.Problems.BatchLineProblem))]
internal sealed partial class ServerJsonContext : JsonSerializerContext;
