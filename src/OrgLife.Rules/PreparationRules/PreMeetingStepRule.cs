using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Records;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>
/// The shape shared by the preparation steps that must simply take place before the meeting (OL101,
/// OL102, OL109): the step is recorded as an <see cref="Occurrence"/>; it passes when it happened on or
/// before the meeting day (the same day counts: a 主题党日 in the morning, the meeting after), and is
/// violated when it did not happen or is dated after the meeting. An occurrence without a date counts
/// as before the meeting; so does any occurrence when the meeting date is not recorded.
/// </summary>
internal abstract class PreMeetingStepRule : Rule
{
    private readonly string path;

    /// <summary>Creates the rule for the step at <paramref name="field"/> of the preparation record.</summary>
    /// <param name="id">The rule ID.</param>
    /// <param name="field">The camelCase field name in the preparation record, for example <c>studySession</c>.</param>
    /// <param name="english">The step in English, as a sentence subject, for example <c>The concentrated study session</c>.</param>
    /// <param name="chinese">The step in Chinese, for example <c>集中学习</c>.</param>
    protected PreMeetingStepRule(string id, string field, string english, string chinese)
    {
        path = RecordPaths.Of(RecordPaths.Preparation, field);
        Messages = StepMessages(id, english, chinese);
    }

    public override ImmutableArray<MessageTemplate> Messages { get; }

    /// <summary>The step's three messages: not done, not done yet (with <c>due</c>), done after the meeting.</summary>
    protected static ImmutableArray<MessageTemplate> StepMessages(string id, string english, string chinese) =>
    [
        new($"{id}.Missing", $"{english} did not take place before the meeting.", $"会前未开展{chinese}。"),
        new($"{id}.Pending", $"{english} has not taken place yet; it is due before the meeting on {{due}}.", $"尚未开展{chinese}，应在 {{due}} 召开会议之前完成。"),
        new($"{id}.AfterMeeting", $"{english} took place on {{date}}, after the meeting on {{meeting}}.", $"{chinese}于 {{date}} 开展，晚于 {{meeting}} 召开的会议。"),
    ];

    /// <summary>The step's occurrence in the preparation record, or null when not recorded.</summary>
    protected abstract Occurrence? Step(RuleContext context);

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (Step(context) is not { } step)
        {
            return RuleEvaluation.Missing(path);
        }

        var subject = new FindingSubject(SubjectKind.Preparation, null, path);
        if (!step.Happened)
        {
            return RuleEvaluation.Of([PreMeetingDeadline.NotDone(context, Descriptor.Id, subject, Descriptor.DefaultSeverity)]);
        }

        if (step.Date is { } date && context.Meeting?.Date is { } meeting && date > meeting)
        {
            return RuleEvaluation.Of([RuleEvaluation.Finding(subject, Descriptor.Id.Value + ".AfterMeeting", Descriptor.DefaultSeverity, ("date", date), ("meeting", meeting))]);
        }

        return RuleEvaluation.Passed;
    }
}
