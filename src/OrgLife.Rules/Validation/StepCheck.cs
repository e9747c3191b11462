using OrgLife.Findings;
using OrgLife.Records;
using OrgLife.Rules.PreparationRules;
using OrgLife.Rules.Messages;

namespace OrgLife.Rules.Validation;

/// <summary>
/// The check shared by the rules that ask whether several recorded steps took place (OL110, OL111, OL510, OL511).
/// An unrecorded step is missing; a step recorded as not done is a finding with the rule's <c>.Missing</c> message
/// (its <c>step</c> argument names the step) once it is due, and its <c>.Pending</c> message as information before.
/// A proven violation is reported even when another step is unrecorded.
/// </summary>
internal static class StepCheck
{
    /// <summary>One step: its occurrence (null when not recorded), its record path and its name in both languages.</summary>
    public readonly record struct Step(Occurrence? Occurrence, string Path, Phrase Name);

    /// <summary>Steps due before the meeting (the meeting day included), as <see cref="PreMeetingDeadline"/> says.</summary>
    public static RuleEvaluation BeforeMeeting(RuleContext context, RuleId rule, SubjectKind kind, Severity severity, params Step[] steps)
        => Check(steps, kind, (subject, step) => PreMeetingDeadline.NotDone(context, rule, subject, severity, ("step", step.Name)));

    /// <summary>Steps due once the meeting has been held: before the meeting day a step not done is information.</summary>
    public static RuleEvaluation AfterMeeting(RuleContext context, RuleId rule, SubjectKind kind, Severity severity, params Step[] steps)
        => Check(steps, kind, (subject, step) => context.Meeting?.Date is { } date && date > context.AsOf
            ? RuleEvaluation.Finding(subject, rule.Value + ".Pending", Severity.Info, ("step", step.Name), ("due", date))
            : RuleEvaluation.Finding(subject, rule.Value + ".Missing", severity, ("step", step.Name)));

    private static RuleEvaluation Check(Step[] steps, SubjectKind kind, Func<FindingSubject, Step, FindingDraft> notDone)
    {
        var findings = new List<FindingDraft>();
        var missing = new List<string>();
        foreach (var step in steps)
        {
            switch (step.Occurrence)
            {
                case null:
                    missing.Add(step.Path);
                    break;
                case { Happened: false }:
                    findings.Add(notDone(new FindingSubject(kind, null, step.Path), step));
                    break;
            }
        }

        return missing.Count > 0 && !findings.Exists(f => f.Severity >= Severity.Warning) ? RuleEvaluation.Missing([.. missing]) : RuleEvaluation.Of(findings);
    }
}
