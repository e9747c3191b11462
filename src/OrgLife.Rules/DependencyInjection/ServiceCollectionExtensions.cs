using Ardalis.GuardClauses;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using OrgLife.Rules;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.DependencyInjection;
using OrgLife.Rules.Extensibility;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Scheduling;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the OrgLife rule services in an <see cref="IServiceCollection"/>.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers, each as a singleton and only when not registered already (TryAdd, so an application overrides any of
    /// them by registering its own first): <see cref="IOrgLifeValidator"/> → <see cref="OrgLifeValidator"/> over the
    /// registered <see cref="RuleCatalogue"/>; <see cref="RuleCatalogue"/> (<see cref="RuleCatalogue.Default"/> with every
    /// rule added by <see cref="AddOrgLifeRule(IServiceCollection, OrgLifeRule)"/>); <see cref="IOrgLifePolicyProvider"/>
    /// over <see cref="OrgLifeRulesOptions"/> (<c>IOptionsMonitor</c>, validated when first read); <see cref="OrgLifePolicy"/>
    /// (the provider's default policy, read on each resolution); <see cref="IOrgLifeValidationService"/>; NodaTime's
    /// <see cref="IClock"/> (<see cref="SystemClock.Instance"/>; register a fake clock first in tests) and
    /// <see cref="IScheduleGenerator"/> → <see cref="ScheduleGenerator"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the default and named policies in code; optional, and may be combined with the configuration overload.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddOrgLifeRules(this IServiceCollection services, Action<OrgLifeRulesOptions>? configure = null)
    {
        Guard.Against.Null(services);
        var options = services.AddOptions<OrgLifeRulesOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OrgLifeRulesOptions>, OrgLifeRulesOptionsValidator>());
        services.TryAddSingleton(provider => RuleCatalogue.Default.With(provider.GetServices<OrgLifeRule>()));
        services.TryAddSingleton<IOrgLifeValidator>(provider => new OrgLifeValidator(provider.GetRequiredService<RuleCatalogue>()));
        services.TryAddSingleton<IOrgLifePolicyProvider, OrgLifePolicyProvider>();
        services.TryAddTransient(provider => provider.GetRequiredService<IOrgLifePolicyProvider>().Default);
        services.TryAddSingleton<IOrgLifeValidationService, OrgLifeValidationService>();
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<IScheduleGenerator, ScheduleGenerator>();
        return services;
    }

    /// <summary>
    /// <see cref="AddOrgLifeRules(IServiceCollection, Action{OrgLifeRulesOptions}?)"/> with the options bound from
    /// <paramref name="configuration"/>, for example <c>configuration.GetSection("OrgLife")</c>: its <c>Policy</c> key
    /// holds the default policy, its <c>Policies</c> key the named ones (see <see cref="OrgLifeRulesOptions"/> and
    /// <see cref="OrgLifePolicyOptions"/>). Reloads of the configuration reach <see cref="IOrgLifePolicyProvider"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section of the options.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddOrgLifeRules(this IServiceCollection services, IConfiguration configuration)
    {
        Guard.Against.Null(services);
        Guard.Against.Null(configuration);
        services.AddOptions<OrgLifeRulesOptions>().Bind(configuration).PostConfigure(options =>
        {
            // The binder leaves out a named policy whose setting does not convert (a word where a number belongs)
            // without a word; binding that policy alone throws instead, naming the setting and its value.
            foreach (var named in configuration.GetSection("Policies").GetChildren())
            {
                if (!options.Policies.ContainsKey(named.Key))
                {
                    options.Policies[named.Key] = named.Get<OrgLifePolicyOptions>() ?? new OrgLifePolicyOptions();
                }
            }
        });
        return services.AddOrgLifeRules();
    }

    /// <summary>
    /// Adds a rule of the vendor's or province's own to the catalogue that <see cref="AddOrgLifeRules(IServiceCollection, Action{OrgLifeRulesOptions}?)"/>
    /// registers (see docs/extending.md). Call it any number of times, before or after <c>AddOrgLifeRules</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="rule">The rule.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddOrgLifeRule(this IServiceCollection services, OrgLifeRule rule)
    {
        Guard.Against.Null(services);
        Guard.Against.Null(rule);
        services.AddSingleton(rule);
        return services;
    }
}
