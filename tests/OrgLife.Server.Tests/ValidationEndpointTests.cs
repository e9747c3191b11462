using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OrgLife.Server.Tests;

/// <summary>POST /api/validate, POST /api/validate/batch and GET /api/rules in-process.</summary>
public sealed class ValidationEndpointTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private const string Demo = "/api/validate?policy=collection&asOf=2027-01-10";

    [Fact]
    public async Task The_demo_record_validates_with_the_findings_of_the_CLI_demo()
    {
        var client = factory.CreateClient();
        var record = await client.GetStringAsync("/api/demo/record");
        var report = await PostJsonAsync(client, Demo, record, "en");
        Assert.Equal(HttpStatusCode.OK, report.Status);
        var ol104 = Result(report.Body, "OL104");
        Assert.Equal("violated", ol104.GetProperty("outcome").GetString());
        Assert.Contains("何平 had no talk with the secretary", ol104.GetProperty("findings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, report.Body.GetProperty("counts").GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task Findings_are_in_Chinese_by_default()
    {
        var client = factory.CreateClient();
        var record = await client.GetStringAsync("/api/demo/record");
        var report = await PostJsonAsync(client, Demo, record, null);
        Assert.Contains("何平", Result(report.Body, "OL104").GetProperty("findings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("had no talk", report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_record_is_a_problem_naming_the_line_and_column()
    {
        var response = await PostJsonAsync(factory.CreateClient(), "/api/validate", "{\"branch\": {\"id\": \"b1\",\n \"members\": [", "en");
        var problem = await ProblemAssert.IsProblemAsync(response.Response, HttpStatusCode.BadRequest);
        Assert.Equal("The record cannot be read", problem.GetProperty("title").GetString());
        Assert.StartsWith("$", problem.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, problem.GetProperty("line").GetInt64());
        Assert.True(problem.GetProperty("column").GetInt64() > 0);
    }

    [Fact]
    public async Task A_value_of_the_wrong_kind_is_a_problem_naming_its_path()
    {
        var response = await PostJsonAsync(factory.CreateClient(), "/api/validate", "{\"meeting\": {\"date\": \"2026-13-01\"}}", "en");
        var problem = await ProblemAssert.IsProblemAsync(response.Response, HttpStatusCode.BadRequest);
        Assert.Equal("$.meeting.date", problem.GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_record_sent_as_text_is_415()
    {
        var response = await factory.CreateClient().PostAsync("/api/validate", new StringContent("{}", Encoding.UTF8, "text/plain"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task An_unknown_policy_or_a_bad_date_is_400()
    {
        var client = factory.CreateClient();
        await ProblemAssert.IsProblemAsync((await PostJsonAsync(client, "/api/validate?policy=nowhere", "{}", "en")).Response, HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync((await PostJsonAsync(client, "/api/validate?asOf=2027-02-30", "{}", "en")).Response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_empty_record_is_not_evaluated_rather_than_passed()
    {
        var report = await PostJsonAsync(factory.CreateClient(), "/api/validate?asOf=2027-01-10", "{}", "en");
        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Equal(0, report.Body.GetProperty("counts").GetProperty("passed").GetInt32());
    }

    [Fact]
    public async Task A_batch_answers_one_line_per_record_in_order_with_a_problem_line_for_a_bad_one()
    {
        var client = factory.CreateClient();
        var record = JsonSerializer.Serialize(JsonDocument.Parse(await client.GetStringAsync("/api/demo/record")).RootElement);
        var lines = string.Join("\n", record, "{\"branch\": ", "{}", record) + "\n";
        var content = new StringContent(lines, Encoding.UTF8, "application/x-ndjson");
        var response = await client.PostAsync("/api/validate/batch?policy=collection&asOf=2027-01-10", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var answers = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, answers.Count);
        Assert.Equal([1L, 2L, 3L, 4L], answers.Select(a => a.GetProperty("line").GetInt64()));
        Assert.Equal("problem", answers[1].GetProperty("kind").GetString());
        Assert.Equal(400, answers[1].GetProperty("status").GetInt32());
        Assert.NotEqual("problem", answers[0].GetProperty("kind").GetString());
        Assert.NotEqual("problem", answers[2].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_batch_sent_as_JSON_is_415()
    {
        var response = await factory.CreateClient().PostAsync("/api/validate/batch", new StringContent("{}", Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task The_catalogue_lists_every_rule_with_its_sources()
    {
        var catalogue = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/rules")).RootElement;
        var rules = catalogue.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(OrgLife.Rules.Catalogue.RuleCatalogue.Default.Descriptors.Length, rules.Count);
        Assert.All(rules, r => Assert.NotEqual(0, r.GetProperty("sources").GetArrayLength()));
    }

    private static JsonElement Result(JsonElement report, string rule) =>
        report.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == rule);

    internal static async Task<(HttpResponseMessage Response, HttpStatusCode Status, string Text, JsonElement Body)> PostJsonAsync(HttpClient client, string url, string json, string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = response.IsSuccessStatusCode ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return (response, response.StatusCode, text, body);
    }
}
