using System.Text.Json;
using System.Text.RegularExpressions;

namespace OrgLife.Json.Tests.Support;

/// <summary>
/// Checks a JSON document against the subset of JSON Schema 2020-12 that docs/record.schema.json
/// uses: type, properties, required, additionalProperties false, items, enum, pattern, minLength,
/// maxLength and local $ref. Returns the problems as "path: reason" lines; empty means it conforms.
/// </summary>
internal sealed class StructuralSchema(JsonElement schema)
{
    public static StructuralSchema Load() => new(JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "record.schema.json"))).RootElement);

    public JsonElement Root => schema;

    public JsonElement Definition(string name) => schema.GetProperty("$defs").GetProperty(name);

    public List<string> Check(JsonElement value)
    {
        var problems = new List<string>();
        Check(schema, value, "$", problems);
        return problems;
    }

    private void Check(JsonElement rule, JsonElement value, string path, List<string> problems)
    {
        if (rule.TryGetProperty("$ref", out var reference))
        {
            Check(Definition(reference.GetString()!["#/$defs/".Length..]), value, path, problems);
            return;
        }

        if (rule.TryGetProperty("type", out var type) && !IsOfType(value, type.GetString()!))
        {
            problems.Add($"{path}: expected {type.GetString()}, found {value.ValueKind}");
            return;
        }

        if (rule.TryGetProperty("enum", out var names) && !names.EnumerateArray().Any(n => n.GetString() == value.GetString()))
        {
            problems.Add($"{path}: '{value.GetString()}' is not in the enum");
        }

        if (rule.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
        {
            problems.Add($"{path}: '{value.GetString()}' does not match {pattern.GetString()}");
        }

        if (rule.TryGetProperty("minLength", out var min) && value.GetString()!.Length < min.GetInt32())
        {
            problems.Add($"{path}: shorter than {min.GetInt32()}");
        }

        if (rule.TryGetProperty("maxLength", out var max) && value.GetString()!.Length > max.GetInt32())
        {
            problems.Add($"{path}: longer than {max.GetInt32()}");
        }

        if (rule.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{path}[{i++}]", problems);
            }
        }

        if (rule.TryGetProperty("properties", out var properties))
        {
            foreach (var required in rule.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!) : [])
            {
                if (!value.TryGetProperty(required, out _))
                {
                    problems.Add($"{path}.{required}: required");
                }
            }

            foreach (var property in value.EnumerateObject())
            {
                if (properties.TryGetProperty(property.Name, out var propertyRule))
                {
                    Check(propertyRule, property.Value, $"{path}.{property.Name}", problems);
                }
                else
                {
                    problems.Add($"{path}.{property.Name}: not allowed");
                }
            }
        }
    }

    private static bool IsOfType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        _ => throw new ArgumentException($"The structural checker does not know type '{type}'."),
    };
}
