namespace OrgLife.Rules.DependencyInjection;

/// <summary>
/// The options of <c>AddOrgLifeRules</c>, bound from configuration (the section passed in, for example <c>OrgLife</c>)
/// or set in code: the default policy and any number of named policies, one per tenant or province. In
/// appsettings.json:
/// <code>
/// "OrgLife": {
///   "Policy": { "Preset": "collection", "MemberNoticeDays": 5, "DisabledRules": [ "OL511" ] },
///   "Policies": {
///     "zhejiang": { "Preset": "city-2019", "CampaignDeadline": "2027-03-31", "SeverityOverrides": { "OL303": "Error" } }
///   }
/// }
/// </code>
/// </summary>
public sealed class OrgLifeRulesOptions
{
    /// <summary>The default policy (<see cref="IOrgLifePolicyProvider.Default"/>); the national preset when nothing is set.</summary>
    public OrgLifePolicyOptions Policy { get; set; } = new();

    /// <summary>Named policies (<see cref="IOrgLifePolicyProvider.Get"/>), by tenant or province; names compare without case.</summary>
    public Dictionary<string, OrgLifePolicyOptions> Policies { get; } = new(StringComparer.OrdinalIgnoreCase);
}
