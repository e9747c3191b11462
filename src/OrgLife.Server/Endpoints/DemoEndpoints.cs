using OrgLife.Server.Hosting;

namespace OrgLife.Server.Endpoints;

/// <summary><c>GET /api/demo/record</c>: the demo branch record of the CLI's <c>orglife demo</c> (红旗村党支部), for the page's demo button.</summary>
internal static class DemoEndpoints
{
    private const string ResourceName = "OrgLife.Server.demo-record.json";

    private static readonly Lazy<byte[]> Record = new(() =>
    {
        using var stream = typeof(DemoEndpoints).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The service was built without its demo record ({ResourceName}).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>The date the demo is validated as of, as in <c>orglife demo</c>, so the page shows the same findings every day.</summary>
    public const string AsOf = "2027-01-10";

    public static void MapDemoEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/demo/record", (HttpContext context) =>
        {
            context.Response.Headers["X-OrgLife-As-Of"] = AsOf;
            return Results.Bytes(Record.Value, MediaTypes.Json + "; charset=utf-8");
        })
        .WithName("GetDemoRecord")
        .WithSummary("The demo branch record (a village branch with deliberate violations)")
        .WithDescription($"A record in the branch-record format; validate it as of {AsOf} (header X-OrgLife-As-Of) to see the CLI demo's findings.")
        .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Json)
        .WithTags("demo");
    }
}
