using OrgLife.Findings;

namespace OrgLife.Rules.Validation;

/// <summary>
/// The simplified procedure ("可以采取简便灵活的方式", City-2019 四.4; Village-2019 三(二)) in one place: for a branch of a
/// kind the policy lists, findings of the rules the policy relaxes are capped at Info. OL206's own change (one criticism
/// per participant overall) is the rule's, since it changes what is counted, not how much it weighs.
/// </summary>
internal static class SimplifiedProcedure
{
    /// <summary><paramref name="severity"/>, or Info when the branch uses the simplified procedure and <paramref name="rule"/> relaxes under it.</summary>
    public static Severity Cap(RuleContext context, RuleId rule, Severity severity)
        => context.Branch is { } branch && context.Policy.UsesSimplifiedProcedure(branch.Kind) && context.Policy.SimplifiedProcedureRules.Contains(rule)
            ? Severity.Info
            : severity;
}
