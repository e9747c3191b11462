using NodaTime;

namespace OrgLife.Rules.Scheduling;

/// <summary>
/// The date arithmetic every deadline rule and the schedule share, in NodaTime periods on local dates:
/// calendar days, and months that clamp at month ends the NodaTime way (31 January + 1 month = 28 or 29
/// February). Periodic dates are always counted from the meeting (meeting + k × months), never chained,
/// so a clamped month end does not drift.
/// </summary>
internal static class DueDates
{
    /// <summary>The last day something due "at least <paramref name="days"/> days before" <paramref name="meeting"/> may happen.</summary>
    public static LocalDate Before(LocalDate meeting, int days) => meeting.Plus(Period.FromDays(-days));

    /// <summary>The last day something due "within <paramref name="days"/> days after" <paramref name="meeting"/> may happen (day N included).</summary>
    public static LocalDate After(LocalDate meeting, int days) => meeting.Plus(Period.FromDays(days));

    /// <summary>The date <paramref name="months"/> months after <paramref name="date"/>.</summary>
    public static LocalDate MonthsAfter(LocalDate date, int months) => date.Plus(Period.FromMonths(months));

    /// <summary>
    /// The reporting periods of the year after <paramref name="meeting"/>, every <paramref name="months"/> months:
    /// period k runs from meeting + (k−1)·months (exclusive) to meeting + k·months (inclusive), for k·months ≤ 12.
    /// </summary>
    public static IEnumerable<ReportingPeriod> PeriodsOfYearAfter(LocalDate meeting, int months)
    {
        for (var k = 1; k * months <= 12; k++)
        {
            yield return new ReportingPeriod(k, MonthsAfter(meeting, (k - 1) * months), MonthsAfter(meeting, k * months));
        }
    }

    /// <summary>
    /// OL504's periods under <paramref name="policy"/>: every period of the year after the meeting when the branch reports
    /// at regular intervals (City-2019 "每半年"), else only the first ("半年内" once, Village-2019 and the national default).
    /// </summary>
    public static IEnumerable<ReportingPeriod> BranchProgressPeriods(LocalDate meeting, Policies.OrgLifePolicy policy)
    {
        var periods = PeriodsOfYearAfter(meeting, policy.BranchProgressReportMonths);
        return policy.BranchProgressReportsRecurring ? periods : periods.Take(1);
    }

    /// <summary>True when something due by <paramref name="due"/> and not done is late as of <paramref name="asOf"/>: the due day itself is still in time.</summary>
    public static bool IsPast(LocalDate due, LocalDate asOf) => asOf > due;
}
