using OrgLife.Rules.Policies;

namespace OrgLife.Rules.DependencyInjection;

/// <summary>
/// The policies configured in <see cref="OrgLifeRulesOptions"/>: the default one and the named ones (per tenant or
/// province). Registered by <c>AddOrgLifeRules</c>; follows configuration reloads (<c>IOptionsMonitor</c>).
/// Thread safe.
/// </summary>
public interface IOrgLifePolicyProvider
{
    /// <summary>The default policy (<see cref="OrgLifeRulesOptions.Policy"/>).</summary>
    OrgLifePolicy Default { get; }

    /// <summary>The names of the configured named policies, in ordinal order.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>The named policy <paramref name="name"/> (case-insensitive).</summary>
    /// <param name="name">A name under <see cref="OrgLifeRulesOptions.Policies"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="KeyNotFoundException">No policy has that name; the message lists the names there are.</exception>
    OrgLifePolicy Get(string name);

    /// <summary>The named policy <paramref name="name"/>, or false when none has that name.</summary>
    /// <param name="name">A name under <see cref="OrgLifeRulesOptions.Policies"/>.</param>
    /// <param name="policy">The policy, when found.</param>
    bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OrgLifePolicy? policy);
}
