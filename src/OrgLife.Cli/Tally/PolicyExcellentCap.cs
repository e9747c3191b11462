using OrgLife.Rules.Policies;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Reports;

namespace OrgLife.Cli.Tally;

/// <summary>
/// OL303 in roll-ups as a policy choice: the tally's Excellent cap taken from the <c>--policy</c> preset (national 1/3;
/// Municipal-2016 none), unless the form's own result rule sets a cap other than the default third, which then wins.
/// </summary>
internal static class PolicyExcellentCap
{
    /// <summary>The rule with the roll-up cap the policy (or the form) gives.</summary>
    /// <param name="rule">The suggestion rule in use.</param>
    /// <param name="form">The ballot form (its <c>result</c> may set <c>excellentCap</c>), or null for a binary file.</param>
    /// <param name="policy">The policy.</param>
    public static SuggestionRule Apply(SuggestionRule rule, BallotForm? form, OrgLifePolicy policy)
    {
        if (form?.ResultRule is { ExcellentCap.IsThirdOfGraded: false } own)
        {
            return rule with { ExcellentCap = own.ExcellentCap };
        }

        var cap = policy.ExcellentCap is { } ratio ? ExcellentCap.OfPolicy(ratio.Numerator, ratio.Denominator) : ExcellentCap.None;
        return rule with { ExcellentCap = cap };
    }
}
