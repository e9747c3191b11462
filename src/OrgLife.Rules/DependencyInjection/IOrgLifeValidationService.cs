using System.Globalization;
using OrgLife.Records;

namespace OrgLife.Rules.DependencyInjection;

/// <summary>
/// Validates a record with what the container holds: the registered <see cref="IOrgLifeValidator"/>, the configured
/// policy (<see cref="IOrgLifePolicyProvider"/>) and today's date from the registered NodaTime <c>IClock</c> in the
/// branch's time zone (Asia/Shanghai when the record has no branch). Registered by <c>AddOrgLifeRules</c>. Thread safe.
/// </summary>
public interface IOrgLifeValidationService
{
    /// <summary>Validates <paramref name="record"/> under the default policy as of today.</summary>
    /// <param name="record">The branch record.</param>
    /// <param name="culture">The culture of the messages (zh-CN or en).</param>
    /// <returns>The report.</returns>
    ValidationReport Validate(BranchRecord record, CultureInfo culture);

    /// <summary>Validates <paramref name="record"/> under the named policy <paramref name="policyName"/> as of today.</summary>
    /// <param name="record">The branch record.</param>
    /// <param name="policyName">A configured policy name (a tenant or province).</param>
    /// <param name="culture">The culture of the messages (zh-CN or en).</param>
    /// <returns>The report.</returns>
    /// <exception cref="KeyNotFoundException">No policy has that name.</exception>
    ValidationReport Validate(BranchRecord record, string policyName, CultureInfo culture);
}
