using System.Globalization;
using System.Text.Json;
using NodaTime;
using OrgLife.Json.Forms;
using OrgLife.Json.Output;
using OrgLife.Rules;
using OrgLife.Rules.Policies;
using OrgLife.Tally.Forms;

namespace OrgLife.Json.Tests;

/// <summary>The schemas the package ships: each is the docs' file, and the writers' output conforms to them.</summary>
public sealed class SchemaTests
{
    [Theory]
    [InlineData(OrgLifeSchemas.RecordName)]
    [InlineData(OrgLifeSchemas.PolicyName)]
    [InlineData(OrgLifeSchemas.FormName)]
    [InlineData(OrgLifeSchemas.ReportName)]
    public void Each_schema_shipped_is_the_one_in_docs(string name)
    {
        var docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", name));

        Assert.Equal(docs, OrgLifeSchemas.Read(name));
        using var schema = JsonDocument.Parse(OrgLifeSchemas.Read(name));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void An_unknown_schema_name_is_refused_naming_those_there_are()
    {
        var refused = Assert.Throws<ArgumentException>(() => OrgLifeSchemas.Read("ballot.schema.json"));

        Assert.Contains(OrgLifeSchemas.ReportName, refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void The_report_of_the_demo_record_conforms_to_the_report_schema(string culture)
    {
        var schema = StructuralSchema.Load(OrgLifeSchemas.ReportName);
        var record = RecordReader.Read(SampleRecords.DemoBytes).Record!;
        var report = new OrgLifeValidator().Validate(record, PolicyPresets.Collection, new LocalDate(2027, 1, 10), CultureInfo.GetCultureInfo(culture));

        using var indented = JsonDocument.Parse(ReportJson.Serialize(report, "village-branch.json", indented: true));
        using var line = JsonDocument.Parse(ReportJson.Serialize(report, "records.jsonl", 7));

        Assert.Empty(schema.Check(indented.RootElement));
        Assert.Empty(schema.Check(line.RootElement));
        Assert.Contains(report.Results, r => !r.Findings.IsEmpty);
    }

    [Fact]
    public void The_report_of_an_almost_empty_record_conforms_to_the_report_schema()
    {
        var schema = StructuralSchema.Load(OrgLifeSchemas.ReportName);
        var record = RecordReader.Read("{}"u8).Record!;
        var report = new OrgLifeValidator().Validate(record, PolicyPresets.National, new LocalDate(2027, 1, 10), CultureInfo.InvariantCulture);

        using var document = JsonDocument.Parse(ReportJson.Serialize(report, "empty.json"));

        Assert.Empty(schema.Check(document.RootElement));
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("branchId").ValueKind);
    }

    [Fact]
    public void A_report_names_each_rule_once_per_result_and_writes_IDs_as_strings()
    {
        var record = RecordReader.Read(SampleRecords.DemoBytes).Record!;
        var report = new OrgLifeValidator().Validate(record, PolicyPresets.Collection, new LocalDate(2027, 1, 10), CultureInfo.InvariantCulture);
        using var document = JsonDocument.Parse(ReportJson.Serialize(report, "demo.json"));

        var results = document.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(report.Results.Length, results.Count);
        Assert.All(results, r => Assert.Equal(JsonValueKind.String, r.GetProperty("ruleId").ValueKind));
        Assert.All(results.SelectMany(r => r.GetProperty("findings").EnumerateArray()), f => Assert.False(f.TryGetProperty("rule", out _)));
        Assert.Equal("hongqi-village", document.RootElement.GetProperty("branchId").GetString());
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Every_built_in_form_written_conforms_to_the_form_schema_and_reads_back(string name)
    {
        var form = BuiltInForms.Single(f => f.Name == name);
        var schema = StructuralSchema.Load(OrgLifeSchemas.FormName);
        var text = FormJson.Write(form);
        using var document = JsonDocument.Parse(text);

        Assert.Empty(schema.Check(document.RootElement));
        var read = FormJson.Read(text);
        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        Assert.Equal(text, FormJson.Write(read.Form));
    }

    public static TheoryData<string> Forms => [.. BuiltInForms.Select(f => f.Name)];

    private static BallotForm[] BuiltInForms => [BallotForms.FourGrades, BallotForms.GoodFairPoor, BallotForms.SixCriteria];

    [Fact]
    public void A_bad_form_is_rejected_with_every_problem_not_thrown()
    {
        var read = FormJson.Read("""{ "name": "x", "criteria": [ { "name": "总体评价", "scale": { "kind": "nope" } } ], "extra": 1 }""");

        Assert.False(read.Succeeded);
        Assert.NotEmpty(read.Problems);
        Assert.True(read.Value.IsT1);
    }
}
