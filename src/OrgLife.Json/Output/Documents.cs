using System.Collections.Immutable;
using OrgLife.Json.Converters;
using OrgLife.Findings;
using OrgLife.Rules;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;

namespace OrgLife.Json.Output;

/// <summary>Builds the output documents from the library's results; enum values as camelCase names.</summary>
internal static class Documents
{
    public static ReportDocument Report(ValidationReport report, string source, long? line) => new(
        "report",
        ReportJson.ReportFormatVersion,
        source,
        line,
        report.BranchId?.ToString(),
        report.PolicyName,
        report.AsOf.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        report.Language == MessageLanguage.SimplifiedChinese ? "zh-CN" : "en",
        report.HasErrors,
        report.HasWarnings,
        Counts(ReportCounts.Of(report)),
        [.. report.Results.Select(Result)]);

    public static CountsDocument Counts(ReportCounts c) => new(c.Errors, c.Warnings, c.Infos, c.Passed, c.Violated, c.NotEvaluated, c.Disabled, c.NotApplicable);

    public static CatalogueDocument Catalogue(RuleCatalogue catalogue) => new(
        ReportJson.FormatVersion,
        [.. catalogue.Descriptors.Select(d => new CatalogueRuleDocument(
            d.Id.ToString(),
            d.EnglishName,
            d.ChineseName,
            d.Summary,
            d.ChineseSummary,
            Name(d.EvaluatedBy),
            Name(d.DefaultSeverity),
            Sources(d.Sources),
            [.. catalogue.Messages.Where(m => m.Key.StartsWith(d.Id + ".", StringComparison.Ordinal)).Select(m => new MessageDocument(m.Key, m.English, m.Chinese))]))]);

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => CamelCaseEnumConverter<TEnum>.NameOf(value);

    private static RuleResultDocument Result(RuleResult result) => new(
        result.RuleId.ToString(),
        Name(result.Outcome),
        result.HighestSeverity is { } s ? Name(s) : null,
        [.. result.MissingData],
        result.Note,
        [.. result.Findings.Select(Finding)]);

    private static FindingDocument Finding(Finding finding) => new(
        Name(finding.Severity),
        new SubjectDocument(Name(finding.Subject.Kind), finding.Subject.Id, finding.Subject.Path),
        finding.MessageKey,
        new SortedDictionary<string, string>(finding.Arguments, StringComparer.Ordinal),
        finding.Message);

    private static SourceDocument[] Sources(ImmutableArray<SourceCitation> sources)
        => [.. sources.Select(s => new SourceDocument(s.Document, s.Section, s.ShortName, s.DocumentNumber, s.Quote, s.Reference))];
}
