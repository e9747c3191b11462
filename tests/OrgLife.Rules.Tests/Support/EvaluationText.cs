using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.Tests.Support;

/// <summary>Everything a rule's evaluation carries, in one comparable line: missing data, the not-applicable note, and each finding.</summary>
internal static class EvaluationText
{
    public static string Of(RuleEvaluation evaluation)
        => $"missing [{string.Join(", ", evaluation.MissingData)}] note [{(evaluation.NotApplicableNote is { } note ? Of(note) : "")}] findings [{string.Join(" / ", evaluation.Findings.Select(Of))}]";

    private static string Of(FindingDraft draft)
        => $"{draft.Subject}|{draft.MessageKey}|{draft.Severity}|{string.Join(";", draft.Arguments.Select(a => $"{a.Name}={a.Value.GetType().Name}:{MessageRenderer.Invariant([a])[a.Name]}"))}";
}
