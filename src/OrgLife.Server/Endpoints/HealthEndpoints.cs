using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace OrgLife.Server.Endpoints;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (the partial store opens too).</summary>
internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableRequestTimeout();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
    }
}
