using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrgLife.Benchmarks;

/// <summary>The demo's 23-member village branch (the tool's embedded sample) as one .jsonl line: 33,217 bytes of UTF-8.</summary>
public static class DemoRecord
{
    /// <summary>The record as compact UTF-8 JSON, one line without its line break.</summary>
    public static byte[] Line()
    {
        using var stream = typeof(DemoRecord).Assembly.GetManifestResourceStream("OrgLife.Benchmarks.village-branch.json")
            ?? throw new InvalidOperationException("The benchmarks were built without the demo record.");
        var tree = JsonNode.Parse(stream) ?? throw new InvalidOperationException("The demo record is not JSON.");
        return JsonSerializer.SerializeToUtf8Bytes(tree, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
