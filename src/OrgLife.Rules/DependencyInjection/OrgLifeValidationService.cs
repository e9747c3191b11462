using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using OrgLife.Branches;
using OrgLife.Records;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules.DependencyInjection;

/// <summary>The container's validation: the validator, a configured policy and the clock's date in the branch's zone.</summary>
internal sealed class OrgLifeValidationService(IOrgLifeValidator validator, IOrgLifePolicyProvider policies, IClock clock) : IOrgLifeValidationService
{
    public ValidationReport Validate(BranchRecord record, CultureInfo culture) => Run(record, policies.Default, culture);

    public ValidationReport Validate(BranchRecord record, string policyName, CultureInfo culture)
    {
        Guard.Against.Null(policyName);
        return Run(record, policies.Get(policyName), culture);
    }

    private ValidationReport Run(BranchRecord record, OrgLifePolicy policy, CultureInfo culture)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(culture);
        var zone = record.Branch?.TimeZone ?? Branch.DefaultTimeZone;
        return validator.Validate(record, policy, clock.GetCurrentInstant().InZone(zone).Date, culture);
    }
}
