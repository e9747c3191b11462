using NodaTime;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules.DependencyInjection;

/// <summary>What <c>AddOrgLifeRules</c> registers when the application has not registered its own.</summary>
public sealed class OrgLifeRulesOptions
{
    /// <summary>The policy to register; <see cref="PolicyPresets.National"/> unless set.</summary>
    public OrgLifePolicy Policy { get; set; } = PolicyPresets.National;

    /// <summary>The clock to register; <see cref="SystemClock.Instance"/> unless set.</summary>
    public IClock Clock { get; set; } = SystemClock.Instance;
}
