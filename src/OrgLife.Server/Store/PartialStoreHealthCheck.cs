using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OrgLife.Server.Store;

/// <summary>Ready when the partial store opens and answers; the rest of the service needs nothing outside the process.</summary>
internal sealed class PartialStoreHealthCheck(PartialStoreProvider stores) : IHealthCheck
{
    /// <inheritdoc/>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await stores.UseAsync((store, token) => store.MigrateAsync(token), cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("partial store open");
        }
        catch (StoreUnavailableException ex)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }
}
