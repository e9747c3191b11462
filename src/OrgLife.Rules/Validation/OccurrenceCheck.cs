using OrgLife.Findings;
using OrgLife.Records;

namespace OrgLife.Rules.Validation;

/// <summary>The check shared by rules that only ask "did this step take place?": absent → not evaluated, not done → one finding.</summary>
internal static class OccurrenceCheck
{
    /// <summary>Not evaluated when <paramref name="occurrence"/> is null, a finding when it did not happen, otherwise a pass.</summary>
    /// <param name="occurrence">The recorded step, or null.</param>
    /// <param name="path">Its record path.</param>
    /// <param name="kind">The kind of subject of the finding.</param>
    /// <param name="messageKey">The finding's message key (a message without placeholders).</param>
    /// <param name="severity">The finding's severity.</param>
    public static RuleEvaluation Happened(Occurrence? occurrence, string path, SubjectKind kind, string messageKey, Severity severity) => occurrence switch
    {
        null => RuleEvaluation.Missing(path),
        { Happened: false } => RuleEvaluation.Of([RuleEvaluation.Finding(new FindingSubject(kind, null, path), messageKey, severity)]),
        _ => RuleEvaluation.Passed,
    };
}
