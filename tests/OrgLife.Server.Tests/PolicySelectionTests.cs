using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OrgLife.Server.Tests;

/// <summary>Per-tenant policies from configuration (OrgLife:Policy, OrgLife:Policies), picked by ?policy=.</summary>
public sealed class PolicySelectionTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private WebApplicationFactory<Program> Tenants() => factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("OrgLife:Policy:Preset", "collection");
        builder.UseSetting("OrgLife:Policy:Name", "house-default");
        builder.UseSetting("OrgLife:Policies:tenant-a:Preset", "village-2019");
        builder.UseSetting("OrgLife:Policies:tenant-a:Name", "tenant-a-2027");
    });

    private static async Task<(HttpStatusCode Status, string Text)> ValidateAsync(HttpClient client, string url)
    {
        var record = await client.GetStringAsync("/api/demo/record");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(record, Encoding.UTF8, "application/json") };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_configured_tenant_policy_is_picked_by_name_and_the_default_applies_without_one()
    {
        var client = Tenants().CreateClient();
        var tenant = await ValidateAsync(client, "/api/validate?policy=TENANT-A&asOf=2027-01-10");
        Assert.True(tenant.Status == HttpStatusCode.OK, tenant.Text);
        Assert.Equal("tenant-a-2027", JsonDocument.Parse(tenant.Text).RootElement.GetProperty("policy").GetString());
        var fallback = await ValidateAsync(client, "/api/validate?asOf=2027-01-10");
        Assert.Equal("house-default", JsonDocument.Parse(fallback.Text).RootElement.GetProperty("policy").GetString());
        var preset = await ValidateAsync(client, "/api/validate?policy=city-2019&asOf=2027-01-10");
        Assert.Equal("city-2019", JsonDocument.Parse(preset.Text).RootElement.GetProperty("policy").GetString());
    }

    [Fact]
    public async Task An_unknown_policy_is_a_problem_listing_the_configured_names_and_the_presets()
    {
        var response = await Tenants().CreateClient().PostAsync("/api/validate?policy=nowhere", new StringContent("{}", Encoding.UTF8, "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("nowhere", detail, StringComparison.Ordinal);
        Assert.Contains("tenant-a", detail, StringComparison.Ordinal);
        Assert.Contains("national", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_policy_list_names_the_configured_policies_beside_the_presets()
    {
        var body = JsonDocument.Parse(await Tenants().CreateClient().GetStringAsync("/api/policies")).RootElement;
        Assert.Equal("house-default", body.GetProperty("defaultPolicy").GetString());
        var configured = body.GetProperty("configured").EnumerateArray().ToList();
        Assert.Contains(configured, c => c.GetProperty("name").GetString() == "tenant-a" && c.GetProperty("policyName").GetString() == "tenant-a-2027");
        Assert.Contains(body.GetProperty("policies").EnumerateArray(), p => p.GetProperty("name").GetString() == "national");
    }

    [Fact]
    public async Task The_shipped_configuration_has_a_default_and_a_province_policy()
    {
        var body = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/policies")).RootElement;
        Assert.Equal("national", body.GetProperty("defaultPolicy").GetString());
        Assert.Contains(body.GetProperty("configured").EnumerateArray(), c => c.GetProperty("name").GetString() == "zhejiang");
    }

    [Fact]
    public async Task A_policy_file_posted_with_the_record_is_the_one_applied()
    {
        var client = factory.CreateClient();
        var record = await client.GetStringAsync("/api/demo/record");
        var policy = OrgLife.Json.Policies.PolicyJson.Write(OrgLife.Rules.Policies.PolicyPresets.All.Single(p => p.Name == "village-2019") with { Name = "posted-2027" });
        using var body = new MultipartFormDataContent
        {
            { new StringContent(record, Encoding.UTF8, "application/json"), "record", "record.json" },
            { new StringContent(policy, Encoding.UTF8, "application/json"), "policy", "policy.json" },
        };
        var response = await client.PostAsync("/api/validate?asOf=2027-01-10", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal("posted-2027", JsonDocument.Parse(text).RootElement.GetProperty("policy").GetString());
    }

    [Fact]
    public async Task A_posted_policy_file_that_cannot_be_read_is_a_problem_naming_its_path()
    {
        using var body = new MultipartFormDataContent
        {
            { new StringContent("{}", Encoding.UTF8, "application/json"), "record", "record.json" },
            { new StringContent("{\"memberNoticeDays\": \"soon\"}", Encoding.UTF8, "application/json"), "policy", "policy.json" },
        };
        var problem = await ProblemAssert.IsProblemAsync(await factory.CreateClient().PostAsync("/api/validate", body), HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("$", problem.GetProperty("path").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_that_does_not_build_stops_the_start_naming_the_policy()
    {
        using var broken = factory.WithWebHostBuilder(builder => builder.UseSetting("OrgLife:Policies:tenant-b:Preset", "nowhere"));
        var failure = Assert.ThrowsAny<Exception>(() => broken.CreateClient());
        Assert.Contains("tenant-b", failure.ToString(), StringComparison.Ordinal);
    }
}
