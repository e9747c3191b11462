namespace OrgLife.Json.Output;

/// <summary>One validation report in the documented output shape (<c>"kind": "report"</c>).</summary>
internal sealed record ReportDocument(
    string Kind,
    int FormatVersion,
    string Source,
    long? Line,
    string? BranchId,
    string Policy,
    string AsOf,
    string Language,
    bool HasErrors,
    bool HasWarnings,
    CountsDocument Counts,
    RuleResultDocument[] Results);

/// <summary>Findings by severity and rules by outcome.</summary>
internal sealed record CountsDocument(int Errors, int Warnings, int Infos, int Passed, int Violated, int NotEvaluated, int Disabled, int NotApplicable);

/// <summary>One rule's result; the rule's names and sources are in the catalogue, not repeated per record.</summary>
internal sealed record RuleResultDocument(
    string RuleId,
    string Outcome,
    string? HighestSeverity,
    string[] MissingData,
    string? Note,
    FindingDocument[] Findings);

/// <summary>One finding, under its rule's result; the rule's sources are in the catalogue, not repeated per finding.</summary>
internal sealed record FindingDocument(
    string Severity,
    SubjectDocument Subject,
    string MessageKey,
    SortedDictionary<string, string> Arguments,
    string Message);

/// <summary>What a finding is about.</summary>
internal sealed record SubjectDocument(string Kind, string? Id, string Path);

/// <summary>A source citation.</summary>
internal sealed record SourceDocument(string Document, string Section, string ShortName, string? DocumentNumber, string? Quote, string? Reference);

/// <summary>The summary after the reports of a .jsonl file (<c>"kind": "summary"</c>).</summary>
internal sealed record SummaryDocument(
    string Kind,
    int FormatVersion,
    string Source,
    int Records,
    int Rejected,
    int WithErrors,
    int WithWarningsOnly,
    int Clean,
    CountsDocument Counts,
    RuleTallyDocument[] Rules,
    InputErrorDocument[] InputErrors);

/// <summary>Across the records of a file: how many violated one rule.</summary>
internal sealed record RuleTallyDocument(string RuleId, int ViolatedIn, int NotEvaluatedIn);

/// <summary>A line of a .jsonl file that could not be read.</summary>
internal sealed record InputErrorDocument(long Line, string Path, string Message);

/// <summary>The rule catalogue (<c>orglife rules --format json</c>).</summary>
internal sealed record CatalogueDocument(int FormatVersion, CatalogueRuleDocument[] Rules);

/// <summary>One rule of the catalogue with its messages.</summary>
internal sealed record CatalogueRuleDocument(
    string Id,
    string EnglishName,
    string ChineseName,
    string Summary,
    string? ChineseSummary,
    string EvaluatedBy,
    string DefaultSeverity,
    SourceDocument[] Sources,
    MessageDocument[] Messages);

/// <summary>One message template in both languages.</summary>
internal sealed record MessageDocument(string Key, string English, string Chinese);
