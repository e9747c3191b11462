using System.Runtime.InteropServices;
using OrgLife.Rules;
using OrgLife.Text;

namespace OrgLife.Json.Output;

/// <summary>
/// Accumulates, record by record, what a <c>.jsonl</c> input held: reports by worst severity, findings by
/// severity, per rule how many records violated it, and the lines that could not be read. Constant
/// memory per rule, so an input of any length streams. Written by <see cref="ReportJson.WriteSummary"/>.
/// </summary>
/// <param name="source">The input's name, as the summary shows it.</param>
public sealed class ValidationSummary(string source)
{
    /// <summary>The most rejected lines the summary lists; the count covers them all.</summary>
    public const int MaxListedInputErrors = 1000;

    /// <summary>Per rule ID; sorted only when listed (<see cref="Rules"/>), as a file's reports are added one by one on the writer's thread.</summary>
    private readonly Dictionary<string, (int Violated, int NotEvaluated)> rules = new(StringComparer.Ordinal);
    private readonly List<RejectedLine> inputErrors = [];
    private int passed;
    private int violated;
    private int notEvaluated;
    private int disabled;
    private int notApplicable;

    /// <summary>The input's name.</summary>
    public string Source { get; } = source;

    /// <summary>Records validated.</summary>
    public int Records { get; private set; }

    /// <summary>Records whose report has an error.</summary>
    public int WithErrors { get; private set; }

    /// <summary>Records whose report has warnings but no error.</summary>
    public int WithWarningsOnly { get; private set; }

    /// <summary>Records with neither.</summary>
    public int Clean => Records - WithErrors - WithWarningsOnly;

    /// <summary>Lines rejected as unreadable.</summary>
    public int Rejected { get; private set; }

    /// <summary>Findings and rule outcomes across every report added.</summary>
    public ReportCounts Counts => new(Errors, Warnings, Infos, passed, violated, notEvaluated, disabled, notApplicable);

    /// <summary>Error findings across every report added.</summary>
    public int Errors { get; private set; }

    /// <summary>Warning findings across every report added.</summary>
    public int Warnings { get; private set; }

    /// <summary>Info findings across every report added.</summary>
    public int Infos { get; private set; }

    /// <summary>Per rule, in ID order: in how many records it was violated and not evaluated.</summary>
    public IReadOnlyList<RuleTally> Rules => [.. rules.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new RuleTally(r.Key, r.Value.Violated, r.Value.NotEvaluated))];

    /// <summary>The first <see cref="MaxListedInputErrors"/> rejected lines.</summary>
    public IReadOnlyList<RejectedLine> InputErrors => inputErrors;

    /// <summary>Counts one validated record.</summary>
    /// <param name="report">Its report.</param>
    public void Add(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Records++;
        WithErrors += report.HasErrors ? 1 : 0;
        WithWarningsOnly += !report.HasErrors && report.HasWarnings ? 1 : 0;
        var c = ReportCounts.Of(report);
        (Errors, Warnings, Infos) = (Errors + c.Errors, Warnings + c.Warnings, Infos + c.Infos);
        (passed, violated, notEvaluated, disabled) = (passed + c.Passed, violated + c.Violated, notEvaluated + c.NotEvaluated, disabled + c.Disabled);
        notApplicable += c.NotApplicable;
        foreach (var result in report.Results)
        {
            ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(rules, result.RuleId.ToString(), out _);
            tally = (tally.Violated + (result.Outcome == RuleOutcome.Violated ? 1 : 0), tally.NotEvaluated + (result.Outcome == RuleOutcome.NotEvaluated ? 1 : 0));
        }
    }

    /// <summary>Counts one line that could not be read.</summary>
    /// <param name="line">Its 1-based number.</param>
    /// <param name="error">Why.</param>
    public void Reject(long line, RecordError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        // Every rejection is counted; the summary lists the first ones only, so an input of millions of bad lines
        // cannot grow it without bound.
        Rejected++;
        if (inputErrors.Count < MaxListedInputErrors)
        {
            inputErrors.Add(new RejectedLine(line, PrintableText.Escape(error.Path), PrintableText.Escape(error.Message)));
        }
    }

    internal SummaryDocument ToDocument() => new(
        "summary",
        ReportJson.FormatVersion,
        Source,
        Records,
        Rejected,
        WithErrors,
        WithWarningsOnly,
        Clean,
        Documents.Counts(Counts),
        [.. Rules.Select(r => new RuleTallyDocument(r.RuleId, r.ViolatedIn, r.NotEvaluatedIn))],
        [.. inputErrors.Select(e => new InputErrorDocument(e.Line, e.Path, e.Message))]);
}
