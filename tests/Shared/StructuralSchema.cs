using System.Text.Json;
using System.Text.RegularExpressions;
using OrgLife.Json;

namespace OrgLife.Tests.Support;

/// <summary>
/// Checks a JSON document against the subset of JSON Schema 2020-12 that OrgLife's schemas use: type (one or a list,
/// integer and null included), properties, required, additionalProperties (false or a schema), propertyNames, items,
/// enum, pattern, minLength, maxLength, minimum, maximum and local $ref. No validator package is served here, so this
/// one is kept to what the schemas say; a keyword it does not know fails the check rather than being ignored.
/// Returns the problems as "path: reason" lines; empty means the document conforms.
/// </summary>
internal sealed class StructuralSchema(JsonElement schema)
{
    private static readonly HashSet<string> Known =
    [
        "$schema", "$id", "$ref", "$defs", "title", "description", "examples", "type", "properties", "required",
        "additionalProperties", "propertyNames", "items", "enum", "pattern", "minLength", "maxLength", "minimum", "maximum",
    ];

    /// <summary>docs/record.schema.json, as the test's output folder holds it.</summary>
    public static StructuralSchema Load() => Load("record.schema.json");

    /// <summary>A schema from the package's embedded copies.</summary>
    public static StructuralSchema Load(string name) => new(JsonDocument.Parse(OrgLifeSchemas.Read(name)).RootElement);

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
        foreach (var keyword in rule.EnumerateObject())
        {
            if (!Known.Contains(keyword.Name))
            {
                throw new InvalidOperationException($"The structural checker does not know the keyword '{keyword.Name}' (at {path}).");
            }
        }

        if (rule.TryGetProperty("$ref", out var reference))
        {
            Check(Definition(reference.GetString()!["#/$defs/".Length..]), value, path, problems);
            return;
        }

        if (rule.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => IsOfType(value, t)))
            {
                problems.Add($"{path}: expected {string.Join(" or ", types)}, found {value.ValueKind}");
                return;
            }
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (rule.TryGetProperty("enum", out var names) && !names.EnumerateArray().Any(n => JsonElement.DeepEquals(n, value)))
        {
            problems.Add($"{path}: {value.GetRawText()} is not in the enum");
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (rule.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
            {
                problems.Add($"{path}: '{text}' does not match {pattern.GetString()}");
            }

            if (rule.TryGetProperty("minLength", out var min) && text.Length < min.GetInt32())
            {
                problems.Add($"{path}: shorter than {min.GetInt32()}");
            }

            if (rule.TryGetProperty("maxLength", out var max) && text.Length > max.GetInt32())
            {
                problems.Add($"{path}: longer than {max.GetInt32()}");
            }
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            if (rule.TryGetProperty("minimum", out var minimum) && value.GetDecimal() < minimum.GetDecimal())
            {
                problems.Add($"{path}: below {minimum.GetDecimal()}");
            }

            if (rule.TryGetProperty("maximum", out var maximum) && value.GetDecimal() > maximum.GetDecimal())
            {
                problems.Add($"{path}: above {maximum.GetDecimal()}");
            }
        }

        if (value.ValueKind == JsonValueKind.Array && rule.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{path}[{i++}]", problems);
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(rule, value, path, problems);
        }
    }

    private void CheckObject(JsonElement rule, JsonElement value, string path, List<string> problems)
    {
        foreach (var required in rule.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!) : [])
        {
            if (!value.TryGetProperty(required, out _))
            {
                problems.Add($"{path}.{required}: required");
            }
        }

        var properties = rule.TryGetProperty("properties", out var p) ? p : default;
        var additional = rule.TryGetProperty("additionalProperties", out var a) ? a : default;
        foreach (var property in value.EnumerateObject())
        {
            var propertyPath = $"{path}.{property.Name}";
            if (rule.TryGetProperty("propertyNames", out var propertyNames))
            {
                using var name = JsonDocument.Parse($"\"{JsonEncodedText.Encode(property.Name)}\"");
                Check(propertyNames, name.RootElement, $"{propertyPath} (name)", problems);
            }

            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertyRule))
            {
                Check(propertyRule, property.Value, propertyPath, problems);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                problems.Add($"{propertyPath}: not allowed");
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(additional, property.Value, propertyPath, problems);
            }
        }
    }

    private static bool IsOfType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new ArgumentException($"The structural checker does not know type '{type}'."),
    };
}
