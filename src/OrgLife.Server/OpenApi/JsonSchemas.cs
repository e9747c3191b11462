using OrgLife.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrgLife.Server.OpenApi;

/// <summary>
/// The JSON Schemas of the formats (<see cref="OrgLifeSchemas"/>, shipped in OrgLife.Json) rewritten as OpenAPI 3.1 components: each
/// schema under its name, its <c>$defs</c> hoisted beside it as <c>Name.def</c> and every <c>#/$defs/def</c>
/// reference pointed there, so the document's schemas are the formats' own, not shapes inferred from code.
/// </summary>
internal static class JsonSchemas
{
    private static readonly (string Name, string Text)[] Formats =
    [
        (SchemaNames.Record, OrgLifeSchemas.Record),
        (SchemaNames.Policy, OrgLifeSchemas.Policy),
        (SchemaNames.Form, OrgLifeSchemas.Form),
        (SchemaNames.Report, OrgLifeSchemas.Report),
    ];

    /// <summary>Every component: name → schema JSON text (OpenAPI 3.1 schema objects).</summary>
    public static IReadOnlyList<(string Name, string Json)> Components { get; } = [.. Formats.SelectMany(e => Hoist(e.Name, Load(e.Name, e.Text)))];

    private static JsonObject Load(string name, string text) =>
        JsonNode.Parse(text)?.AsObject() ?? throw new InvalidOperationException($"The schema {name} is not a JSON object.");

    private static IEnumerable<(string Name, string Json)> Hoist(string name, JsonObject schema)
    {
        var definitions = schema["$defs"]?.AsObject();
        schema.Remove("$defs");
        // The component lives inside the OpenAPI document: its own $id and dialect would change how references resolve.
        schema.Remove("$id");
        schema.Remove("$schema");
        Rewrite(schema, name);
        yield return (name, schema.ToJsonString());
        foreach (var (key, value) in definitions ?? [])
        {
            var definition = value!.DeepClone();
            Rewrite(definition, name);
            yield return ($"{name}.{key}", definition.ToJsonString());
        }
    }

    private static void Rewrite(JsonNode node, string name)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.GetValueKind() == JsonValueKind.String && reference.GetValue<string>() is { } target && target.StartsWith("#/$defs/", StringComparison.Ordinal))
                {
                    obj["$ref"] = $"#/components/schemas/{name}.{target["#/$defs/".Length..]}";
                }

                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        Rewrite(child, name);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Rewrite(child, name);
                    }
                }

                break;
        }
    }
}
