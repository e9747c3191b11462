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
        // One pass over each list: a report is counted twice per record of a .jsonl file (its text and the summary).
        int errors = 0, warnings = 0, infos = 0;
        foreach (var finding in report.Findings)
        {
            errors += finding.Severity == Severity.Error ? 1 : 0;
            warnings += finding.Severity == Severity.Warning ? 1 : 0;
            infos += finding.Severity == Severity.Info ? 1 : 0;
        }

        int passed = 0, violated = 0, notEvaluated = 0, disabled = 0, notApplicable = 0;
        foreach (var result in report.Results)
        {
            passed += result.Outcome == RuleOutcome.Passed ? 1 : 0;
            violated += result.Outcome == RuleOutcome.Violated ? 1 : 0;
            notEvaluated += result.Outcome == RuleOutcome.NotEvaluated ? 1 : 0;
            disabled += result.Outcome == RuleOutcome.Disabled ? 1 : 0;
            notApplicable += result.Outcome == RuleOutcome.NotApplicable ? 1 : 0;
        }

        return new(errors, warnings, infos, passed, violated, notEvaluated, disabled, notApplicable);
    }
}
