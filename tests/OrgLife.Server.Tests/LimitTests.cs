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
}
