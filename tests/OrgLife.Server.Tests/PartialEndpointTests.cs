using System.Collections.Immutable;
using System.Net;
using System.Text;
using System.Text.Json;
using OrgLife.Ids;
using OrgLife.Partials;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally;

namespace OrgLife.Server.Tests;

/// <summary>POST /api/partials and GET /api/partials/{assessment}/rollup over the factory's DuckDB store.</summary>
public sealed class PartialEndpointTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task Stored_partials_roll_up_by_organization_level()
    {
        var client = factory.CreateClient();
        var json = PartialJson.Serialize([Partial("a-rollup", "b1", ["p1", "c1"], 3), Partial("a-rollup", "b2", ["p1", "c2"], 5)]);
        var stored = await client.PostAsync("/api/partials", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal(2, JsonDocument.Parse(await stored.Content.ReadAsStringAsync()).RootElement.GetProperty("partials").GetInt64());

        var rollUp = JsonDocument.Parse(await client.GetStringAsync("/api/partials/a-rollup/rollup?depth=1")).RootElement;
        var level = Assert.Single(rollUp.GetProperty("levels").EnumerateArray());
        Assert.Equal("p1", level.GetProperty("path")[0].GetString());
        Assert.Equal(2, level.GetProperty("branches").GetInt64());
        Assert.Equal(8, level.GetProperty("counted").GetProperty("accepted").GetInt64());
    }

    [Fact]
    public async Task Submitting_the_same_branch_again_replaces_it()
    {
        var client = factory.CreateClient();
        foreach (var ballots in new[] { 4, 2 })
        {
            var json = PartialJson.Serialize([Partial("a-again", "b1", ["p1"], ballots)]);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/partials", new StringContent(json, Encoding.UTF8, "application/json"))).StatusCode);
        }

        var rollUp = JsonDocument.Parse(await client.GetStringAsync("/api/partials/a-again/rollup")).RootElement;
        Assert.Equal(2, rollUp.GetProperty("levels")[0].GetProperty("counted").GetProperty("accepted").GetInt64());
    }

    [Fact]
    public async Task Unreadable_partials_are_a_problem_listing_the_errors()
    {
        var response = await factory.CreateClient().PostAsync("/api/partials", new StringContent("{\"formatVersion\": 1, \"rows\": [", Encoding.UTF8, "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEqual(0, problem.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task A_text_body_is_415()
    {
        var response = await factory.CreateClient().PostAsync("/api/partials", new StringContent("hello", Encoding.UTF8, "text/plain"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_depth_beyond_the_levels_is_400()
    {
        await ProblemAssert.IsProblemAsync(await factory.CreateClient().GetAsync("/api/partials/a/rollup?depth=9"), HttpStatusCode.BadRequest);
    }

    private static PartialTally Partial(string assessment, string branch, ImmutableArray<string> path, int ballots)
    {
        var candidates = new AssessmentCandidates([new MemberId("m1")]);
        var box = new BallotBox(BallotForms.FourGrades, candidates, issued: ballots);
        for (var i = 1; i <= ballots; i++)
        {
            box.Submit(new Ballot(i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), null, [Mark.Of("m1", null, "优秀")]));
        }

        return new PartialTally(assessment, new BranchId(branch), path, box.ToTally());
    }
}
