using System.Buffers;
using System.Globalization;
using OrgLife.Tally.Formats.Binary;

namespace OrgLife.Json.Output;

/// <summary>
/// Writes tally results in the documented JSON shape (docs/cli-output.md): one <c>"kind": "tallyReport"</c> per
/// branch, then a <c>tallySummary</c> (or a <c>binaryTallySummary</c> for a binary ballot file); one document per line.
/// </summary>
public static class TallyJson
{
    /// <summary>One branch's tally report as JSON text, on one line.</summary>
    /// <param name="report">The branch's report.</param>
    /// <param name="source">The input's name, written as <c>source</c>.</param>
    /// <param name="culture">The culture of the messages (turnout reason, "not evaluated" lines); English when null.</param>
    public static string SerializeReport(BranchTallyReport report, string source, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(source);
        return OutputJson.Serialize(TallyDocuments.Report(report, source, culture ?? CultureInfo.InvariantCulture), c => c.TallyReportDocument, indented: false);
    }

    /// <summary>Writes one branch's tally report on one line.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="report">The branch's report.</param>
    /// <param name="source">The input's name, written as <c>source</c>.</param>
    /// <param name="culture">The culture of the messages (turnout reason, "not evaluated" lines); English when null.</param>
    public static void WriteReport(TextWriter writer, BranchTallyReport report, string source, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(SerializeReport(report, source, culture));
    }

    /// <summary>
    /// Writes one branch's tally report as UTF-8, without the line's end: the bytes of <see cref="SerializeReport"/>'s
    /// text, serialized straight to bytes (no string on the way).
    /// </summary>
    /// <param name="utf8">Where to write.</param>
    /// <param name="report">The branch's report.</param>
    /// <param name="source">The input's name, written as <c>source</c>.</param>
    /// <param name="culture">The culture of the messages (turnout reason, "not evaluated" lines); English when null.</param>
    public static void WriteReport(IBufferWriter<byte> utf8, BranchTallyReport report, string source, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(source);
        OutputJson.SerializeCompact(utf8, TallyDocuments.Report(report, source, culture ?? CultureInfo.InvariantCulture), c => c.TallyReportDocument);
    }

    /// <summary>Writes the summary across the branches of an input on one line.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="source">The input's name, written as <c>source</c>.</param>
    public static void WriteSummary(TextWriter writer, TallySummary summary, string source)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(source);
        writer.WriteLine(OutputJson.Serialize(TallyDocuments.Summary(summary, source), c => c.TallySummaryDocument, indented: false));
    }

    /// <summary>Writes the summary of a binary ballot file's roll-up on one line.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The roll-up.</param>
    /// <param name="source">The input's name, written as <c>source</c>.</param>
    /// <param name="breachesListed">The most branches over the Excellent cap to list (all are counted).</param>
    public static void WriteBinarySummary(TextWriter writer, BinaryRollUp result, string source, int breachesListed)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(breachesListed);
        writer.WriteLine(OutputJson.Serialize(TallyDocuments.BinarySummary(result, source, breachesListed), c => c.BinaryTallySummaryDocument, indented: false));
    }
}
