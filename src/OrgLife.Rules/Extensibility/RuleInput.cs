using NodaTime;
using OrgLife.Records;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules.Extensibility;

/// <summary>Everything a rule may read: the record, the policy in force and the as-of date. Nothing else (no clock, no culture).</summary>
/// <param name="Record">The branch record under validation; any part may be null (not recorded).</param>
/// <param name="Policy">The policy in force; a rule that applies only to some tenants is switched off in the others' <see cref="OrgLifePolicy.DisabledRules"/>.</param>
/// <param name="AsOf">The date of the validation in the branch's time zone: deadlines after it are not yet due.</param>
public sealed record RuleInput(BranchRecord Record, OrgLifePolicy Policy, LocalDate AsOf);
