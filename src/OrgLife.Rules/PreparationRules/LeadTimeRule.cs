using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Records;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>
/// The shape shared by the "at least N calendar days before the meeting" rules (OL106 notice to members,
/// OL107 notice to the superior, OL108 plan for review). The deadline is the meeting date minus N days;
/// a step dated on the deadline passes, a day later is late (an error). A step recorded as not done is an
/// error only once the as-of date is after the deadline; up to and including the deadline day it is still
/// due, as the schedule says, so the rule passes with an information finding "due by DATE (that day included)". A step recorded as done without a date is not evaluated
/// (its date is named as missing), as is any check without the meeting date.
/// </summary>
internal abstract class LeadTimeRule : Rule
{
    private readonly string path;

    /// <summary>Creates the rule for the step at <paramref name="field"/> of the preparation record.</summary>
    /// <param name="id">The rule ID.</param>
    /// <param name="field">The camelCase field name in the preparation record, for example <c>memberNotice</c>.</param>
    /// <param name="english">What must happen in English, as a sentence subject, for example <c>The notice to members</c>.</param>
    /// <param name="chinese">The same in Chinese, for example <c>通知参会党员</c>.</param>
    protected LeadTimeRule(string id, string field, string english, string chinese)
    {
        path = RecordPaths.Of(RecordPaths.Preparation, field);
        Messages =
        [
            new($"{id}.Late", $"{english} was given on {{date}}; it is due {{days}} before the meeting on {{meeting}}, that is by {{deadline}} (that day included).", $"{chinese}的时间为 {{date}}，应在 {{meeting}} 会议召开 {{days}} 天前，即最迟于 {{deadline}}（含当日）完成。"),
            new($"{id}.Missing", $"{english} was not given; it was due by {{deadline}} (that day included; {{days}} before the meeting on {{meeting}}).", $"未{chinese}；应最迟于 {{deadline}}（含当日；{{meeting}} 会议召开 {{days}} 天前）完成。"),
            new($"{id}.Pending", $"{english} has not been given yet; it is due by {{deadline}} (that day included; {{days}} before the meeting on {{meeting}}).", $"尚未{chinese}；应最迟于 {{deadline}}（含当日；{{meeting}} 会议召开 {{days}} 天前）完成。"),
        ];
    }

    public sealed override ImmutableArray<MessageTemplate> Messages { get; }

    /// <summary>The step's occurrence in the preparation record, or null when not recorded.</summary>
    protected abstract Occurrence? Step(RuleContext context);

    /// <summary>The least number of calendar days between the step and the meeting.</summary>
    protected abstract int LeadDays(RuleContext context);

    /// <summary>Checks the step's lead time; derived rules decide first whether the rule applies.</summary>
    protected RuleEvaluation CheckLeadTime(RuleContext context)
    {
        var step = Step(context);
        var meetingDate = context.Meeting?.Date;
        if (MissingData.Of((step is null, path), (meetingDate is null, RecordPaths.MeetingDate)) is { } missing)
        {
            return missing;
        }


        var days = LeadDays(context);
        var deadline = Scheduling.DueDates.Before(meetingDate!.Value, days);
        var subject = new FindingSubject(SubjectKind.Preparation, null, path);
        if (!step!.Happened)
        {
            // The deadline day itself is still in time (the schedule's "not yet due"): violated only the day after.
            var overdue = deadline < context.AsOf;
            var key = overdue ? ".Missing" : ".Pending";
            var severity = overdue ? Descriptor.DefaultSeverity : Severity.Info;
            return RuleEvaluation.Of([RuleEvaluation.Finding(subject, Descriptor.Id.Value + key, severity, ("deadline", deadline), ("days", Quantity.Days(days)), ("meeting", meetingDate.Value))]);
        }

        if (step.Date is not { } date)
        {
            return RuleEvaluation.Missing(RecordPaths.Of(path, "date"));
        }

        return date <= deadline
            ? RuleEvaluation.Passed
            : RuleEvaluation.Of([RuleEvaluation.Finding(subject, Descriptor.Id.Value + ".Late", Descriptor.DefaultSeverity, ("date", date), ("deadline", deadline), ("days", Quantity.Days(days)), ("meeting", meetingDate.Value))]);
    }
}
