using NodaTime;
using OrgLife.Findings;

namespace OrgLife.Rules.Scheduling;

/// <summary>One due date of a meeting's schedule, with the rule that sets it and a label in the caller's language.</summary>
/// <param name="RuleId">The rule that sets the date, for example OL501.</param>
/// <param name="Kind">What falls due.</param>
/// <param name="DueDate">The due date, a local date in the branch's time zone.</param>
/// <param name="Bound">Whether the step is in time on or before the date (all built-in entries) or on or after it.</param>
/// <param name="Number">The entry's number among entries of its kind, from 1 (the 2nd progress report is 2); 1 for one-off entries.</param>
/// <param name="Period">For a periodic report (OL504, OL505) the period it covers; null otherwise.</param>
/// <param name="LabelKey">The key of the label's message template, for example <c>Schedule.Report</c>.</param>
/// <param name="Label">The label rendered in the culture the schedule was generated for.</param>
public sealed record ScheduleEntry(RuleId RuleId, DueKind Kind, LocalDate DueDate, DueBound Bound, int Number, ReportingPeriod? Period, string LabelKey, string Label)
{
    /// <summary>The status of this entry when the step took place on <paramref name="done"/> (null: not yet done) as of <paramref name="asOf"/>.</summary>
    /// <param name="done">The date the step took place, or null when it has not.</param>
    /// <param name="asOf">The date the status is as of.</param>
    public DueStatus StatusWhen(LocalDate? done, LocalDate asOf) => (done, Bound) switch
    {
        ({ } date, DueBound.OnOrBefore) => date <= DueDate ? DueStatus.Done : DueStatus.DoneLate,
        ({ } date, _) => date >= DueDate ? DueStatus.Done : DueStatus.DoneLate,
        (null, DueBound.OnOrBefore) => DueDates.IsPast(DueDate, asOf) ? DueStatus.Overdue : DueStatus.NotYetDue,
        (null, _) => DueStatus.NotYetDue,
    };
}
