using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OrgLife.Samples.MinimalApi;

/// <summary>
/// Puts the documented record format (docs/record.schema.json, embedded) into the OpenAPI document as the
/// <c>BranchRecord</c> schema and its parts, and makes it the request body of the validate operation: the body is
/// read by OrgLife.Json, not bound from a C# type, so no schema would be generated for it.
/// </summary>
internal sealed class RecordSchemaTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var parsed = OpenApiDocument.Parse(WrappedSchema(), "json").Document
            ?? throw new InvalidOperationException("The embedded record schema does not parse as OpenAPI.");
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (name, schema) in parsed.Components!.Schemas!)
        {
            document.Components.Schemas[name] = schema;
        }

        foreach (var path in document.Paths.Where(p => p.Key.EndsWith("/validate", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.Operations!.Values)
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "A branch record in the documented JSON format (docs/record-format.md).",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new() { Schema = new OpenApiSchemaReference("BranchRecord", document) },
                    },
                };
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The JSON Schema as an OpenAPI 3.1 document: its <c>$defs</c> become component schemas, the root <c>BranchRecord</c>.</summary>
    private static string WrappedSchema()
    {
        using var stream = typeof(RecordSchemaTransformer).Assembly.GetManifestResourceStream("record.schema.json")!;
        var schema = JsonNode.Parse(stream)!.AsObject();
        var defs = schema["$defs"]?.AsObject() ?? [];
        schema.Remove("$defs");
        schema.Remove("$schema");
        schema.Remove("$id");
        var schemas = new JsonObject { ["BranchRecord"] = schema };
        foreach (var (name, def) in defs.ToList())
        {
            defs.Remove(name);
            schemas[name] = def;
        }

        var text = new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["info"] = new JsonObject { ["title"] = "record", ["version"] = "1" },
            ["paths"] = new JsonObject(),
            ["components"] = new JsonObject { ["schemas"] = schemas },
        }.ToJsonString();
        return text.Replace("\"#/$defs/", "\"#/components/schemas/", StringComparison.Ordinal);
    }
}
