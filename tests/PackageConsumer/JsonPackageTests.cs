using System.Globalization;
using System.Text;
using NodaTime;
using OrgLife.Json;
using OrgLife.Json.Output;
using OrgLife.Rules;
using OrgLife.Rules.Policies;

namespace OrgLife.PackageConsumer.Tests;

/// <summary>A vendor reads a record in the documented format and writes its report through the OrgLife.Json package.</summary>
public sealed class JsonPackageTests
{
    private const string Record = """
        {
          "branch": {
            "id": "b-small", "name": "Small branch", "kind": "community", "hasCommittee": false,
            "members": [
              { "id": "a", "name": "A", "status": "full", "roles": ["secretary"] },
              { "id": "b", "name": "B", "status": "full" }
            ]
          },
          "meeting": { "kind": "organizationalLife", "date": "2026-12-15" }
        }
        """;

    [Fact]
    public async Task A_record_read_from_a_stream_validates_and_its_report_is_written_in_the_documented_shape()
    {
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(Record));
        var read = await RecordReader.ReadAsync(body);
        Assert.True(read.Succeeded, read.Error?.ToString());

        var report = new OrgLifeValidator().Validate(read.Record, PolicyPresets.National, new LocalDate(2027, 1, 10), CultureInfo.GetCultureInfo("en"));
        var json = ReportJson.Serialize(report, "body.json");

        Assert.Contains("\"kind\":\"report\",\"formatVersion\":1,\"source\":\"body.json\"", json, StringComparison.Ordinal);
        Assert.Contains("\"branchId\":\"b-small\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_record_is_rejected_with_its_path_line_and_column()
    {
        var read = RecordReader.Read(Encoding.UTF8.GetBytes("{\n  \"branch\": 5\n}"));

        Assert.False(read.Succeeded);
        Assert.Equal("$.branch", read.Error.Path);
        Assert.Equal(2, read.Error.Line);
    }

    [Fact]
    public void A_policy_file_and_a_record_bound_by_System_Text_Json_validate_together()
    {
        var policy = OrgLife.Json.Policies.PolicyJson.Read("""{ "formatVersion": 1, "name": "province-x", "preset": "national", "memberNoticeDays": 3 }""");
        Assert.True(policy.Succeeded, policy.Error?.ToString());

        var record = System.Text.Json.JsonSerializer.Deserialize<OrgLife.Records.BranchRecord>(Record, RecordJson.Options)!;
        var report = new OrgLifeValidator().Validate(record, policy.Policy, new LocalDate(2027, 1, 10), CultureInfo.GetCultureInfo("zh-CN"));

        Assert.Equal("province-x", report.PolicyName);
        Assert.Contains(OrgLifeSchemas.ReportName, OrgLifeSchemas.Names);
    }
}
