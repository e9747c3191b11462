using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using OrgLife.Rules;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.DependencyInjection;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Scheduling;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the OrgLife rule services in an <see cref="IServiceCollection"/>.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers, each as a singleton and only when not registered already (TryAdd, so an application
    /// overrides any of them by registering its own first): <see cref="IOrgLifeValidator"/> →
    /// <see cref="OrgLifeValidator"/>, <see cref="RuleCatalogue"/> (<see cref="RuleCatalogue.Default"/>),
    /// <see cref="OrgLifePolicy"/> (<see cref="PolicyPresets.National"/> unless configured), NodaTime's
    /// <see cref="IClock"/> (<see cref="SystemClock.Instance"/> unless configured) and
    /// <see cref="IScheduleGenerator"/> → <see cref="ScheduleGenerator"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the policy and clock to register; optional.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddOrgLifeRules(this IServiceCollection services, Action<OrgLifeRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new OrgLifeRulesOptions();
        configure?.Invoke(options);
        ArgumentNullException.ThrowIfNull(options.Policy, "OrgLifeRulesOptions.Policy");
        ArgumentNullException.ThrowIfNull(options.Clock, "OrgLifeRulesOptions.Clock");

        services.TryAddSingleton(RuleCatalogue.Default);
        services.TryAddSingleton<IOrgLifeValidator>(provider => new OrgLifeValidator(provider.GetRequiredService<RuleCatalogue>()));
        services.TryAddSingleton(options.Policy);
        services.TryAddSingleton(options.Clock);
        services.TryAddSingleton<IScheduleGenerator, ScheduleGenerator>();
        return services;
    }
}
