using OrgLife.Cli.Json;
using OrgLife.Cli.Output.Json;
using OrgLife.Rules;
using OrgLife.Text;

namespace OrgLife.Cli.Output;

/// <summary>
/// Accumulates, record by record, what a .jsonl file held: reports by worst severity, findings by
/// severity, per rule how many records violated it, and the lines that could not be read. Constant
/// memory per rule, so a file of any length streams.
/// </summary>
internal sealed class ValidationSummary(string source)
{
    private readonly SortedDictionary<string, (int Violated, int NotEvaluated)> rules = new(StringComparer.Ordinal);
    /// <summary>The most rejected lines the summary lists; the count covers them all.</summary>
    public const int MaxListedInputErrors = 1000;

    private readonly List<InputErrorDocument> inputErrors = [];
    private int errors;
    private int warnings;
    private int infos;
    private int passed;
    private int violated;
    private int notEvaluated;
    private int disabled;
    private int notApplicable;

    public int Records { get; private set; }

    public int WithErrors { get; private set; }

    public int WithWarningsOnly { get; private set; }

    public int Rejected { get; private set; }

    public void Add(ValidationReport report)
    {
        Records++;
        WithErrors += report.HasErrors ? 1 : 0;
        WithWarningsOnly += !report.HasErrors && report.HasWarnings ? 1 : 0;
        var c = ReportCounts.Of(report);
        (errors, warnings, infos) = (errors + c.Errors, warnings + c.Warnings, infos + c.Infos);
        (passed, violated, notEvaluated, disabled) = (passed + c.Passed, violated + c.Violated, notEvaluated + c.NotEvaluated, disabled + c.Disabled);
        notApplicable += c.NotApplicable;
        foreach (var result in report.Results)
        {
            var (v, n) = rules.GetValueOrDefault(result.RuleId.ToString());
            rules[result.RuleId.ToString()] = (v + (result.Outcome == RuleOutcome.Violated ? 1 : 0), n + (result.Outcome == RuleOutcome.NotEvaluated ? 1 : 0));
        }
    }

    public void Reject(long line, RecordError error)
    {
        // Every rejection is counted and named on stderr as it happens; the summary lists the first ones only,
        // so a file of millions of bad lines cannot grow it without bound.
        Rejected++;
        if (inputErrors.Count < MaxListedInputErrors)
        {
            inputErrors.Add(new InputErrorDocument(line, PrintableText.Escape(error.Path), PrintableText.Escape(error.Message)));
        }
    }

    public SummaryDocument ToDocument() => new(
        "summary",
        Documents.FormatVersion,
        source,
        Records,
        Rejected,
        WithErrors,
        WithWarningsOnly,
        Records - WithErrors - WithWarningsOnly,
        new CountsDocument(errors, warnings, infos, passed, violated, notEvaluated, disabled, notApplicable),
        [.. rules.Select(r => new RuleTallyDocument(r.Key, r.Value.Violated, r.Value.NotEvaluated))],
        [.. inputErrors]);

    public void WriteText(TextWriter writer, Labels labels)
    {
        var d = ToDocument();
        writer.WriteLine(labels.Pick($"=== {source}: summary of {d.Records + d.Rejected} record(s) ===", $"=== {source}：共 {d.Records + d.Rejected} 条记录的汇总 ==="));
        writer.WriteLine(labels.Pick(
            $"  {d.Records} validated: {d.WithErrors} with errors, {d.WithWarningsOnly} with warnings only, {d.Clean} clean; {d.Rejected} rejected as unreadable.",
            $"  已校验 {d.Records} 条：有错误 {d.WithErrors} 条，仅有警告 {d.WithWarningsOnly} 条，无问题 {d.Clean} 条；无法读取而拒收 {d.Rejected} 条。"));
        writer.WriteLine($"  {labels.SeverityCounts(errors, warnings, infos)}");
        writer.WriteLine();
        TextTable.Write(
            writer,
            [labels.Rule, labels.Pick("VIOLATED IN", "违反记录数"), labels.Pick("NOT EVALUATED IN", "未评估记录数")],
            [.. d.Rules.Select(r => (IReadOnlyList<string>)[r.RuleId, r.ViolatedIn.ToString(System.Globalization.CultureInfo.InvariantCulture), r.NotEvaluatedIn.ToString(System.Globalization.CultureInfo.InvariantCulture)])],
            "  ");
        foreach (var error in d.InputErrors)
        {
            writer.WriteLine(labels.Pick($"  line {error.Line} rejected: {error.Path}: {error.Message}", $"  第 {error.Line} 行被拒收：{error.Path}：{error.Message}"));
        }

        if (d.Rejected > d.InputErrors.Length)
        {
            var more = d.Rejected - d.InputErrors.Length;
            writer.WriteLine(labels.Pick($"  … and {more} more rejected line(s), each named on stderr.", $"  …… 另有 {more} 行被拒收，均已在 stderr 中列出。"));
        }
    }
}
