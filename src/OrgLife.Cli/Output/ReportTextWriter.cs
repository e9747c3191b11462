using OrgLife.Json.Output;
using OrgLife.Rules;

namespace OrgLife.Cli.Output;

/// <summary>Writes a validation report for a terminal: a table of rules, a table of findings, a summary line.</summary>
internal static class ReportTextWriter
{
    /// <summary>Writes <paramref name="report"/>; <paramref name="source"/> names the file (and line) it came from.</summary>
    public static void Write(TextWriter writer, ValidationReport report, string source, Labels labels)
    {
        var branch = report.BranchId is { } id ? id.ToString() : labels.Pick("(no branch)", "（无支部信息）");
        writer.WriteLine(labels.Zh
            ? $"{source} — 支部 {branch} · 政策 {report.PolicyName} · 截至 {report.AsOf:uuuu-MM-dd}"
            : $"{source} — branch {branch} · policy {report.PolicyName} · as of {report.AsOf:uuuu-MM-dd}");
        writer.WriteLine();

        TextTable.Write(
            writer,
            [labels.Rule, labels.Name, labels.OutcomeHeader, labels.Detail],
            [.. report.Results.Select(r => (IReadOnlyList<string>)[r.RuleId.ToString(), labels.RuleName(r.Rule), labels.Outcome(r.Outcome), Detail(r, labels)])],
            "  ");
        writer.WriteLine();

        if (report.Findings.IsEmpty)
        {
            writer.WriteLine("  " + labels.NoFindings);
        }
        else
        {
            writer.WriteLine("  " + labels.Findings);
            TextTable.Write(
                writer,
                [labels.SeverityHeader, labels.Rule, labels.Subject, labels.Message],
                [.. report.Findings.OrderByDescending(f => f.Severity).Select(f => (IReadOnlyList<string>)[labels.Severity(f.Severity), f.RuleId.ToString(), f.Subject.ToString(), f.Message])],
                "  ");
        }

        writer.WriteLine();
        var counts = ReportCounts.Of(report);
        writer.WriteLine($"  {labels.Pick("Summary: ", "摘要：")}{labels.SeverityCounts(counts.Errors, counts.Warnings, counts.Infos)}{labels.Pick("; ", "；")}{labels.OutcomeCounts(counts.Passed, counts.Violated, counts.NotEvaluated, counts.Disabled, counts.NotApplicable)}");
    }

    private static string Detail(RuleResult result, Labels labels) => result.Outcome switch
    {
        RuleOutcome.Violated or RuleOutcome.Passed when !result.Findings.IsEmpty
            => string.Join(", ", result.Findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Key).Select(g => $"{g.Count()} {labels.Severity(g.Key)}")),
        RuleOutcome.NotEvaluated or RuleOutcome.Disabled or RuleOutcome.NotApplicable => result.Note ?? string.Empty,
        _ => string.Empty,
    };
}
