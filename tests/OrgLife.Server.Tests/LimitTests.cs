using System.Net;

namespace OrgLife.Server.Tests;

/// <summary>Kestrel's per-endpoint body limits, over a real socket: a body over the limit is a 413 problem naming the limit.</summary>
[Collection(LoopbackCollection.Name)]
public sealed class LimitTests(LoopbackServer server)
{
    [Fact]
    public async Task A_partial_upload_over_its_limit_is_413_naming_the_limit()
    {
        using var client = server.Client();
        var body = new ByteArrayContent(new byte[ServerFactory.PartialLimit + 1]);
        body.Headers.ContentType = new("application/json");
        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsync("api/partials", body), HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains(ServerFactory.PartialLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_over_its_limit_is_413_before_it_is_read()
    {
        using var client = server.Client();
        var body = new ByteArrayContent(new byte[ServerFactory.RecordLimit + 1]);
        body.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/validate") { Content = body };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var problem = await ProblemAssert.IsProblemAsync(await client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("The request body is too large", problem.GetProperty("title").GetString());
    }
}
