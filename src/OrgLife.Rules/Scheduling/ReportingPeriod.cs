using NodaTime;

namespace OrgLife.Rules.Scheduling;

/// <summary>One reporting period of the year after a meeting (OL504, OL505): a report dated after <see cref="Start"/> and on or before <see cref="Due"/> covers it.</summary>
/// <param name="Number">The period's number, from 1.</param>
/// <param name="Start">The period's start, exclusive (the meeting date for the first period).</param>
/// <param name="Due">The period's end and the report's due date, inclusive.</param>
public sealed record ReportingPeriod(int Number, LocalDate Start, LocalDate Due)
{
    /// <summary>True when a report on <paramref name="date"/> covers this period.</summary>
    /// <param name="date">The report's date.</param>
    public bool Covers(LocalDate date) => date > Start && date <= Due;
}
