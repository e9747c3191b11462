using System.Globalization;
using OrgLife.Json.Output;

namespace OrgLife.Cli.Output;

/// <summary>Writes the summary of a .jsonl file as text, in the caller's language.</summary>
internal static class ValidationSummaryText
{
    public static void Write(TextWriter writer, ValidationSummary summary, Labels labels)
    {
        var source = summary.Source;
        writer.WriteLine(labels.Pick($"=== {source}: summary of {summary.Records + summary.Rejected} record(s) ===", $"=== {source}：共 {summary.Records + summary.Rejected} 条记录的汇总 ==="));
        writer.WriteLine(labels.Pick(
            $"  {summary.Records} validated: {summary.WithErrors} with errors, {summary.WithWarningsOnly} with warnings only, {summary.Clean} clean; {summary.Rejected} rejected as unreadable.",
            $"  已校验 {summary.Records} 条：有错误 {summary.WithErrors} 条，仅有警告 {summary.WithWarningsOnly} 条，无问题 {summary.Clean} 条；无法读取而拒收 {summary.Rejected} 条。"));
        writer.WriteLine($"  {labels.SeverityCounts(summary.Errors, summary.Warnings, summary.Infos)}");
        writer.WriteLine();
        TextTable.Write(
            writer,
            [labels.Rule, labels.Pick("VIOLATED IN", "违反记录数"), labels.Pick("NOT EVALUATED IN", "未评估记录数")],
            [.. summary.Rules.Select(r => (IReadOnlyList<string>)[r.RuleId, r.ViolatedIn.ToString(CultureInfo.InvariantCulture), r.NotEvaluatedIn.ToString(CultureInfo.InvariantCulture)])],
            "  ");
        foreach (var error in summary.InputErrors)
        {
            writer.WriteLine(labels.Pick($"  line {error.Line} rejected: {error.Path}: {error.Message}", $"  第 {error.Line} 行被拒收：{error.Path}：{error.Message}"));
        }

        if (summary.Rejected > summary.InputErrors.Count)
        {
            var more = summary.Rejected - summary.InputErrors.Count;
            writer.WriteLine(labels.Pick($"  … and {more} more rejected line(s), each named on stderr.", $"  …… 另有 {more} 行被拒收，均已在 stderr 中列出。"));
        }
    }
}
