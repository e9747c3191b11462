using OrgLife.Findings;
using OrgLife.Rules;

namespace OrgLife.Cli.Output;

/// <summary>How many findings of each severity and rules of each outcome a report holds.</summary>
internal sealed record ReportCounts(int Errors, int Warnings, int Infos, int Passed, int Violated, int NotEvaluated, int Disabled, int NotApplicable)
{
    /// <summary>The counts of <paramref name="report"/>.</summary>
    public static ReportCounts Of(ValidationReport report) => new(
        report.Findings.Count(f => f.Severity == Severity.Error),
        report.Findings.Count(f => f.Severity == Severity.Warning),
        report.Findings.Count(f => f.Severity == Severity.Info),
        report.Results.Count(r => r.Outcome == RuleOutcome.Passed),
        report.Results.Count(r => r.Outcome == RuleOutcome.Violated),
        report.Results.Count(r => r.Outcome == RuleOutcome.NotEvaluated),
        report.Results.Count(r => r.Outcome == RuleOutcome.Disabled),
        report.Results.Count(r => r.Outcome == RuleOutcome.NotApplicable));
}
