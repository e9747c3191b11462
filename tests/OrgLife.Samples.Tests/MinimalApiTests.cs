using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using OrgLife.Samples.MinimalApi;

namespace OrgLife.Samples.Tests;

/// <summary>The sample web API run in-process, fed the example record of docs/record-format.md and CSV ballots.</summary>
public sealed partial class MinimalApiTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly WebApplicationFactory<Program> factory;

    public MinimalApiTests(WebApplicationFactory<Program> factory)
        => this.factory = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2027, 1, 10, 0, 0)))));

    private static string ExampleRecord()
    {
        var markdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "record-format.md"));
        return JsonExample().Matches(markdown)[1].Groups[1].Value;
    }

    [Fact]
    public async Task The_docs_example_record_is_validated_under_the_tenant_policy_from_appsettings()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/tenants/hongqi-township/validate?culture=en", new StringContent(ExampleRecord(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<ValidationResponse>();
        Assert.NotNull(report);
        Assert.Equal("collection", report.Policy);
        Assert.Equal("2027-01-10", report.AsOf);
        Assert.Contains(report.Results, r => r.RuleId == "OL201");
        Assert.All(report.Results, r => Assert.Contains(r.Outcome, new[] { "passed", "violated", "notEvaluated", "disabled", "notApplicable" }));
    }

    [Fact]
    public async Task A_bad_record_and_an_unknown_tenant_are_problem_details()
    {
        using var client = factory.CreateClient();
        using var bad = await client.PostAsync("/tenants/zhejiang/validate", new StringContent("{\"branch\": {\"kind\": 7}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Contains("$.branch", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var unknown = await client.PostAsync("/tenants/nowhere/validate", new StringContent(ExampleRecord(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Posted_csv_ballots_are_tallied_from_the_request_body()
    {
        using var client = factory.CreateClient();
        const string csv = "branch,ballot,candidate,grade\nb1,1,m1,优秀\nb1,1,m2,合格\nb1,2,m1,合格\nb1,2,m2,合格\nb1,3,m1,优秀\nb1,3,m2,优秀\nb2,1,m1,不合格\n";
        using var response = await client.PostAsync("/ballots?candidates=m1,m2&issued=3", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tally = await response.Content.ReadFromJsonAsync<TallyResponse>();
        Assert.NotNull(tally);
        Assert.Equal(["b1", "b2"], tally.Branches.Select(b => b.Branch));
        var b1 = tally.Branches[0];
        Assert.Equal(3, b1.Accepted);
        Assert.Equal("Excellent", b1.Candidates.Single(c => c.Candidate == "m1").SuggestedGrade);

        using var noHeader = await client.PostAsync("/ballots?candidates=m1&issued=1", new StringContent("", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, noHeader.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_record_and_the_report_with_real_schemas()
    {
        using var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");

        var record = schemas.GetProperty("BranchRecord");
        Assert.True(record.GetProperty("properties").TryGetProperty("meeting", out _));
        Assert.True(schemas.GetProperty("meeting").GetProperty("properties").TryGetProperty("attendance", out _));
        var report = schemas.GetProperty("ValidationResponse").GetProperty("properties");
        Assert.True(report.TryGetProperty("results", out _));
        Assert.True(schemas.GetProperty("RuleResultResponse").GetProperty("properties").TryGetProperty("findings", out _));
        Assert.True(schemas.GetProperty("TallyResponse").GetProperty("properties").TryGetProperty("branches", out _));

        var validate = document.RootElement.GetProperty("paths").GetProperty("/tenants/{tenant}/validate").GetProperty("post");
        Assert.Equal("#/components/schemas/BranchRecord", validate.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());

        // Every reference resolves to a schema of the document.
        var refs = RefPattern().Matches(document.RootElement.GetRawText()).Select(m => m.Groups[1].Value).Distinct();
        Assert.All(refs, name => Assert.True(schemas.TryGetProperty(name, out _), name));
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonExample();

    [GeneratedRegex("\"#/components/schemas/([^\"]+)\"")]
    private static partial Regex RefPattern();
}
