using NodaTime;
using OrgLife.Findings;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>
/// The deadline shared by everything that must happen before the meeting (OL101–OL105, OL109): the
/// meeting day itself. While the meeting lies after the as-of date nothing is late yet, so a step not
/// yet done is an information finding ("due by the meeting on DATE"), never an error.
/// </summary>
internal static class PreMeetingDeadline
{
    /// <summary>True when the meeting day has come as of <see cref="RuleContext.AsOf"/>, or its date is not recorded.</summary>
    public static bool IsDue(RuleContext context) => context.Meeting?.Date is not { } date || date <= context.AsOf;

    /// <summary>
    /// A finding for a step not done: the rule's <c>.Missing</c> message at <paramref name="severity"/> once
    /// the meeting is due, its <c>.Pending</c> message (with a <c>due</c> argument) as information before.
    /// </summary>
    public static FindingDraft NotDone(RuleContext context, RuleId rule, FindingSubject subject, Severity severity, params (string Name, object Value)[] arguments)
    {
        if (IsDue(context))
        {
            return RuleEvaluation.Finding(subject, rule.Value + ".Missing", severity, arguments);
        }

        LocalDate due = context.Meeting!.Date!.Value;
        return RuleEvaluation.Finding(subject, rule.Value + ".Pending", Severity.Info, [.. arguments, ("due", due)]);
    }
}
