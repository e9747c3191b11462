using OrgLife.Rules;
using OrgLife.Rules.Catalogue;

namespace OrgLife.Json.Output;

/// <summary>
/// Writes validation reports in the documented JSON shape (docs/cli-output.md, <c>"kind": "report"</c>): IDs as
/// strings, enum values as camelCase names, each rule by its ID once per result (its names and sources are in the
/// catalogue, <see cref="WriteCatalogue"/>, not repeated per record or finding), Chinese left readable. One document
/// per line (for <c>.jsonl</c>) or indented.
/// </summary>
public static class ReportJson
{
    /// <summary>The current version of the output shape (<c>formatVersion</c>); bumped only when a field changes meaning or disappears.</summary>
    public const int FormatVersion = 1;

    /// <summary>
    /// The version of the report's shape (<c>"kind": "report"</c>): 2 since results no longer repeat the rule's names and
    /// findings no longer repeat the rule's ID and sources (read them once from the catalogue).
    /// </summary>
    public const int ReportFormatVersion = 2;

    /// <summary>The report as JSON text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="source">The input's name, written as <c>source</c>.</param>
    /// <param name="line">The record's line in a <c>.jsonl</c> input, or null.</param>
    /// <param name="indented">True for indented text, false for one line.</param>
    public static string Serialize(ValidationReport report, string source, long? line = null, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(source);
        return OutputJson.Serialize(Documents.Report(report, source, line), c => c.ReportDocument, indented);
    }

    /// <summary>Writes the report as JSON, then a line break.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="report">The report.</param>
    /// <param name="source">The input's name, written as <c>source</c>.</param>
    /// <param name="line">The record's line in a <c>.jsonl</c> input, or null.</param>
    /// <param name="indented">True for indented text, false for one line.</param>
    public static void Write(TextWriter writer, ValidationReport report, string source, long? line = null, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(Serialize(report, source, line, indented));
    }

    /// <summary>Writes the summary of a <c>.jsonl</c> input (<c>"kind": "summary"</c>) on one line.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="summary">The summary.</param>
    public static void WriteSummary(TextWriter writer, ValidationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        writer.WriteLine(OutputJson.Serialize(summary.ToDocument(), c => c.SummaryDocument, indented: false));
    }

    /// <summary>Writes the rule catalogue with every rule's sources and messages in both languages, indented.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="catalogue">The catalogue.</param>
    public static void WriteCatalogue(TextWriter writer, RuleCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(catalogue);
        writer.WriteLine(OutputJson.Serialize(Documents.Catalogue(catalogue), c => c.CatalogueDocument, indented: true));
    }
}
