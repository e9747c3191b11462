using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrgLife.Tally.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the OrgLife tally services in an <see cref="IServiceCollection"/>.</summary>
public static class TallyServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TallyOptions"/> (<c>IOptions</c>), <see cref="IBallotFormRegistry"/> and
    /// <see cref="CsvBallotReaderFactory"/>, as singletons and only when not registered already (TryAdd).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; optional (configuration binding works too: <c>services.Configure&lt;TallyOptions&gt;(section)</c>).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddOrgLifeTally(this IServiceCollection services, Action<TallyOptions>? configure = null)
    {
        Guard.Against.Null(services);
        var options = services.AddOptions<TallyOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<IBallotFormRegistry, BallotFormRegistry>();
        services.TryAddSingleton<CsvBallotReaderFactory>();
        return services;
    }
}
