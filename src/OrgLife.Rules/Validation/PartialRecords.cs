namespace OrgLife.Rules.Validation;

/// <summary>
/// How a rule concludes when some of the items it checks are recorded and others are not: a recorded
/// violation is reported whatever else is missing; only when nothing recorded is at fault do the
/// unrecorded items make the rule "not evaluated".
/// </summary>
internal static class PartialRecords
{
    /// <summary>The findings when there are any; otherwise the missing data when there are any; otherwise a pass.</summary>
    /// <param name="findings">The findings on the recorded items.</param>
    /// <param name="missing">The record paths of the items not recorded.</param>
    public static RuleEvaluation Conclude(IReadOnlyCollection<FindingDraft> findings, IReadOnlyCollection<string> missing)
        => findings.Count == 0 && missing.Count > 0 ? RuleEvaluation.Missing([.. missing]) : RuleEvaluation.Of(findings);
}
