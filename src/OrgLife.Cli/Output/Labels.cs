using System.Globalization;
using OrgLife.Findings;
using OrgLife.Rules;
using OrgLife.Rules.Messages;

namespace OrgLife.Cli.Output;

/// <summary>The words of the tool's own text output in English and Simplified Chinese; rule messages come from the catalogue.</summary>
/// <param name="Language">The language.</param>
internal sealed record Labels(MessageLanguage Language)
{
    /// <summary>The labels for <paramref name="culture"/>.</summary>
    public static Labels For(CultureInfo culture) => new(MessageLanguages.For(culture));

    /// <summary>True for Simplified Chinese: a caller formats only the text it prints.</summary>
    public bool Zh => Language == MessageLanguage.SimplifiedChinese;

    /// <summary>The culture of the messages the libraries render (the tally's): zh-CN or the invariant culture (English).</summary>
    public CultureInfo Culture => Zh ? CultureInfo.GetCultureInfo("zh-CN") : CultureInfo.InvariantCulture;

    /// <summary>Picks the English or the Chinese text.</summary>
    public string Pick(string english, string chinese) => Zh ? chinese : english;

    public string Severity(Severity severity) => severity switch
    {
        OrgLife.Findings.Severity.Error => Pick("ERROR", "错误"),
        OrgLife.Findings.Severity.Warning => Pick("WARNING", "警告"),
        _ => Pick("info", "提示"),
    };

    public string Outcome(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Passed => Pick("passed", "通过"),
        RuleOutcome.Violated => Pick("VIOLATED", "违反"),
        RuleOutcome.NotEvaluated => Pick("not evaluated", "未评估"),
        RuleOutcome.NotApplicable => Pick("not applicable", "不适用"),
        _ => Pick("disabled", "已停用"),
    };

    public string RuleName(RuleDescriptor rule) => Zh ? rule.ChineseName : rule.EnglishName;

    public string RuleSummary(RuleDescriptor rule) => Zh ? rule.ChineseSummary ?? rule.Summary : rule.Summary;

    // In Chinese the documents are named by title (and 文号) with the section; in English by short name and section.
    public string SourceList(IEnumerable<SourceCitation> sources)
        => Zh ? string.Join("；", sources.Select(s => $"《{s.Document}》{s.Section}")) : string.Join("; ", sources);

    public string EvaluatedByHeader => Pick("EVALUATED BY", "评估方");

    public string EvaluatedBy(RuleEvaluator evaluator) => evaluator == RuleEvaluator.Tally ? Pick("tally", "计票") : Pick("validator", "校验");

    public string Rule => Pick("RULE", "规则");

    public string Name => Pick("NAME", "名称");

    public string OutcomeHeader => Pick("OUTCOME", "结果");

    public string Detail => Pick("DETAIL", "说明");

    public string SeverityHeader => Pick("SEVERITY", "级别");

    public string Subject => Pick("SUBJECT", "对象");

    public string Message => Pick("MESSAGE", "内容");

    public string Summary => Pick("SUMMARY", "摘要");

    public string Sources => Pick("SOURCES", "依据");

    public string Findings => Pick("Findings", "发现的问题");

    public string NoFindings => Pick("No findings.", "未发现问题。");

    /// <summary>"2 errors, 1 warning, 0 info".</summary>
    public string SeverityCounts(int errors, int warnings, int infos)
        => Zh ? $"错误 {errors} 项，警告 {warnings} 项，提示 {infos} 项" : $"{errors} error(s), {warnings} warning(s), {infos} info";

    /// <summary>"5 rules passed, 2 violated, …".</summary>
    public string OutcomeCounts(int passed, int violated, int notEvaluated, int disabled, int notApplicable)
        => Zh
            ? $"通过 {passed} 条，违反 {violated} 条，未评估 {notEvaluated} 条，停用 {disabled} 条，不适用 {notApplicable} 条"
            : $"{passed} rule(s) passed, {violated} violated, {notEvaluated} not evaluated, {disabled} disabled, {notApplicable} not applicable";
}
