using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OrgLife.Server.Tests;

/// <summary>What every endpoint shares: health, problems for bad requests, the request's culture, the OpenAPI document, the page.</summary>
public sealed class HostingTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task Live_health_answers_healthy()
    {
        var response = await factory.CreateClient().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_health_opens_the_partial_store()
    {
        var response = await factory.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_path_is_a_problem_in_Chinese_by_default()
    {
        var response = await factory.CreateClient().GetAsync("/api/nothing-here");
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("未找到", problem.GetProperty("title").GetString());
        Assert.Contains("/openapi/v1.json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_Language_en_gives_an_English_problem()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-US"));
        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
        Assert.Equal("Not found", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_problem()
    {
        await ProblemAssert.IsProblemAsync(await factory.CreateClient().DeleteAsync("/api/policies"), HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task The_OpenAPI_document_references_the_report_form_and_policy_schemas_from_the_bodies()
    {
        var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;
        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var name in new[] { "ValidationReport", "ValidationReport.finding", "BallotForm", "Policy" })
        {
            Assert.True(schemas.TryGetProperty(name, out _), $"{name} is not a component");
        }

        var validate = document.GetProperty("paths").GetProperty("/api/validate").GetProperty("post");
        Assert.Equal("#/components/schemas/ValidationReport", validate.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Equal("#/components/schemas/Policy", validate.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema").GetProperty("properties").GetProperty("policy").GetProperty("$ref").GetString());
        var tally = document.GetProperty("paths").GetProperty("/api/tally").GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data");
        Assert.Equal("#/components/schemas/BallotForm", tally.GetProperty("schema").GetProperty("properties").GetProperty("form").GetProperty("$ref").GetString());
        foreach (var reference in References(document))
        {
            Assert.True(schemas.TryGetProperty(reference["#/components/schemas/".Length..], out _), $"{reference} does not resolve");
        }
    }

    [Fact]
    public async Task The_OpenAPI_document_carries_the_record_schema_with_its_definitions()
    {
        var text = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        var document = JsonDocument.Parse(text).RootElement;
        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var record = schemas.GetProperty("BranchRecord");
        Assert.Equal("object", record.GetProperty("type").GetString());
        Assert.Equal("#/components/schemas/BranchRecord.branch", record.GetProperty("properties").GetProperty("branch").GetProperty("$ref").GetString());
        Assert.True(schemas.GetProperty("BranchRecord.member").GetProperty("properties").TryGetProperty("status", out _));
        // Every reference in the document resolves to a component that exists.
        foreach (var reference in References(document))
        {
            Assert.StartsWith("#/components/schemas/", reference, StringComparison.Ordinal);
            Assert.True(schemas.TryGetProperty(reference["#/components/schemas/".Length..], out _), $"{reference} does not resolve");
        }
    }

    [Fact]
    public async Task The_page_is_served_in_Chinese_with_an_English_switch()
    {
        var html = await factory.CreateClient().GetStringAsync("/");
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"language\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-live=\"polite\"", html, StringComparison.Ordinal);
        var script = await factory.CreateClient().GetAsync("/app.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task The_demo_record_is_served_with_the_date_to_check_it_as_of()
    {
        var response = await factory.CreateClient().GetAsync("/api/demo/record");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("2027-01-10", response.Headers.GetValues("X-OrgLife-As-Of").Single());
        var record = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("hongqi-village", record.GetProperty("branch").GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_policies_list_every_preset_with_its_sources()
    {
        var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/policies")).RootElement;
        var names = document.GetProperty("policies").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(OrgLife.Rules.Policies.PolicyPresets.All.Select(p => p.Name), names);
        var first = document.GetProperty("policies")[0].GetProperty("values")[0];
        Assert.False(string.IsNullOrEmpty(first.GetProperty("source").GetProperty("shortName").GetString()));
    }

    private static IEnumerable<string> References(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "$ref" && property.Value.ValueKind == JsonValueKind.String)
                {
                    yield return property.Value.GetString()!;
                }

                foreach (var inner in References(property.Value))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in References(item))
                {
                    yield return inner;
                }
            }
        }
    }
}
