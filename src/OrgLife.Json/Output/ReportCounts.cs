using OrgLife.Findings;
using OrgLife.Rules;

namespace OrgLife.Json.Output;

/// <summary>How many findings of each severity and rules of each outcome a validation report holds.</summary>
/// <param name="Errors">Findings of severity Error.</param>
/// <param name="Warnings">Findings of severity Warning.</param>
/// <param name="Infos">Findings of severity Info.</param>
/// <param name="Passed">Rules that passed.</param>
/// <param name="Violated">Rules violated.</param>
/// <param name="NotEvaluated">Rules not evaluated for want of data.</param>
/// <param name="Disabled">Rules the policy disabled.</param>
/// <param name="NotApplicable">Rules that do not apply to the record.</param>
public sealed record ReportCounts(int Errors, int Warnings, int Infos, int Passed, int Violated, int NotEvaluated, int Disabled, int NotApplicable)
{
    /// <summary>The counts of <paramref name="report"/>.</summary>
    /// <param name="report">A validation report.</param>
    public static ReportCounts Of(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.Findings.Count(f => f.Severity == Severity.Error),
            report.Findings.Count(f => f.Severity == Severity.Warning),
            report.Findings.Count(f => f.Severity == Severity.Info),
            report.Results.Count(r => r.Outcome == RuleOutcome.Passed),
            report.Results.Count(r => r.Outcome == RuleOutcome.Violated),
            report.Results.Count(r => r.Outcome == RuleOutcome.NotEvaluated),
            report.Results.Count(r => r.Outcome == RuleOutcome.Disabled),
            report.Results.Count(r => r.Outcome == RuleOutcome.NotApplicable));
    }
}
