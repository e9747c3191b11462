using System.Net;
using System.Text;
using System.Text.Json;

namespace OrgLife.Server.Tests;

/// <summary>POST /api/tally with a CSV ballot sheet.</summary>
public sealed class TallyEndpointTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task A_sheet_is_tallied_per_branch_with_duplicates_rejected_and_bad_rows_listed()
    {
        var csv = "branch,ballot,candidate,grade\n"
            + "b1,01,m1,优秀\nb1,01,m2,合格\n"
            + "b1,02,m1,优秀\nb1,02,m2,基本合格\n"
            + "b1,02,m1,优秀\n"
            + "b1,03,m1,合格\nb1,03,m2,合格\n"
            + "b1,04,m1\n";
        var response = await factory.CreateClient().PostAsync("/api/tally", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var body = JsonDocument.Parse(text).RootElement;
        var report = Assert.Single(body.GetProperty("reports").EnumerateArray());
        Assert.Equal("b1", report.GetProperty("branch").GetString());
        Assert.Contains(report.GetProperty("candidates").EnumerateArray(), c => c.GetProperty("id").GetString() == "m1");
    }

    [Fact]
    public async Task A_sheet_without_its_header_is_a_problem()
    {
        var response = await factory.CreateClient().PostAsync("/api/tally", new StringContent("no header here\n", Encoding.UTF8, "text/csv"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_sheet_sent_as_JSON_is_415()
    {
        var response = await factory.CreateClient().PostAsync("/api/tally", new StringContent("{}", Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }
}
