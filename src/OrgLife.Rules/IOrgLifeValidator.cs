using System.Globalization;
using NodaTime;
using OrgLife.Records;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules;

/// <summary>Validates branch records against the rule catalogue; the service vendors resolve from dependency injection.</summary>
public interface IOrgLifeValidator
{
    /// <summary>Validates <paramref name="record"/> under <paramref name="policy"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="record">The branch record; any part may be missing (those rules report "not evaluated").</param>
    /// <param name="policy">The policy in force, for example <see cref="PolicyPresets.National"/>.</param>
    /// <param name="asOf">The date of the validation in the branch's time zone; deadlines after it are not yet due.</param>
    /// <param name="culture">The culture of the messages: any <c>zh</c> culture gives Simplified Chinese, others English.</param>
    /// <returns>One result per rule of the catalogue.</returns>
    ValidationReport Validate(BranchRecord record, OrgLifePolicy policy, LocalDate asOf, CultureInfo culture);
}
