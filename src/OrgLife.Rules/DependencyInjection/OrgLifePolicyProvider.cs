using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules.DependencyInjection;

/// <summary>
/// Builds the policies of <see cref="OrgLifeRulesOptions"/> once per configuration: the built set is replaced when the
/// options monitor reports a change, so a reload of appsettings.json takes effect on the next call.
/// </summary>
internal sealed class OrgLifePolicyProvider : IOrgLifePolicyProvider, IDisposable
{
    private readonly IDisposable? subscription;
    private volatile Built built;

    public OrgLifePolicyProvider(IOptionsMonitor<OrgLifeRulesOptions> options)
    {
        built = Build(options.CurrentValue);
        subscription = options.OnChange(changed => built = Build(changed));
    }

    public OrgLifePolicy Default => built.Default;

    public IReadOnlyList<string> Names => built.Names;

    public OrgLifePolicy Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var now = built;
        return now.Named.TryGetValue(name, out var policy)
            ? policy
            : throw new KeyNotFoundException($"No OrgLife policy is named '{name}'. Configured: {(now.Names.Length == 0 ? "none" : string.Join(", ", now.Names))}.");
    }

    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OrgLifePolicy? policy)
    {
        ArgumentNullException.ThrowIfNull(name);
        return built.Named.TryGetValue(name, out policy);
    }

    public void Dispose() => subscription?.Dispose();

    private static Built Build(OrgLifeRulesOptions options)
    {
        var named = options.Policies.ToImmutableDictionary(p => p.Key, p => p.Value.ToPolicy(), StringComparer.OrdinalIgnoreCase);
        return new Built(options.Policy.ToPolicy(), named, [.. named.Keys.Order(StringComparer.Ordinal)]);
    }

    private sealed record Built(OrgLifePolicy Default, ImmutableDictionary<string, OrgLifePolicy> Named, ImmutableArray<string> Names);
}
