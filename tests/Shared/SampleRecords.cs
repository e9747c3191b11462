using System.Text;
using System.Text.Json.Nodes;

namespace OrgLife.Tests.Support;

/// <summary>Sample records as JSON text.</summary>
internal static class SampleRecords
{
    /// <summary>The demo's 23-member village branch, as the tool embeds it (src/OrgLife.Cli/Demo/village-branch.json, copied beside the tests).</summary>
    public static byte[] DemoBytes => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "village-branch.json"));

    /// <summary>The demo's 23-member village branch.</summary>
    public static string Demo => Encoding.UTF8.GetString(DemoBytes);

    /// <summary>The demo as a mutable JSON tree, to break one value at a time.</summary>
    public static JsonObject DemoTree => JsonNode.Parse(Demo)!.AsObject();

    /// <summary>A four-member branch whose meeting lacks quorum (1 of 4 present): an OL201 error.</summary>
    public const string NoQuorum = """
        {
          "branch": {
            "id": "b-small", "name": "Small branch", "kind": "community", "hasCommittee": false,
            "members": [
              { "id": "a", "name": "A", "status": "full", "roles": ["secretary"] },
              { "id": "b", "name": "B", "status": "full" },
              { "id": "c", "name": "C", "status": "full" },
              { "id": "d", "name": "D", "status": "full" }
            ]
          },
          "meeting": {
            "kind": "organizationalLife", "date": "2026-12-15",
            "attendance": [
              { "memberId": "a", "present": true },
              { "memberId": "b", "present": false },
              { "memberId": "c", "present": false },
              { "memberId": "d", "present": false }
            ]
          }
        }
        """;

    /// <summary>A record with only a branch of two members: nothing to find, every rule not evaluated or passed.</summary>
    public const string BranchOnly = """{"branch":{"id":"b-min","name":"Minimal","kind":"other","hasCommittee":false,"members":[{"id":"a","name":"A","status":"full"},{"id":"b","name":"B","status":"probationary"}]}}""";

    /// <summary><paramref name="json"/> on one line, for a .jsonl file.</summary>
    public static string OneLine(string json) => JsonNode.Parse(json)!.ToJsonString();
}
