using NodaTime;

namespace OrgLife.Rules.Scheduling;

/// <summary>
/// The date arithmetic every deadline rule and the schedule share, in NodaTime periods on local dates:
/// calendar days, and months that clamp at month ends the NodaTime way (31 January + 1 month = 28 or 29
/// February). Periodic dates are always counted from the meeting (meeting + k × months), never chained,
/// so a clamped month end does not drift. A date that would fall beyond the ISO calendar's ends
/// (<see cref="LocalDate.MinIsoValue"/>, <see cref="LocalDate.MaxIsoValue"/>) stops at that end, so a
/// record dated at the edge of the calendar gets a due date, never an overflow.
/// </summary>
internal static class DueDates
{
    // Day numbers of the ISO calendar's ends, counted like DayNumber below.
    private static readonly long FirstDay = DayNumber(LocalDate.MinIsoValue);
    private static readonly long LastDay = DayNumber(LocalDate.MaxIsoValue);

    /// <summary>The last day something due "at least <paramref name="days"/> days before" <paramref name="meeting"/> may happen.</summary>
    public static LocalDate Before(LocalDate meeting, int days) => PlusDays(meeting, -(long)days);

    /// <summary>The last day something due "within <paramref name="days"/> days after" <paramref name="meeting"/> may happen (day N included).</summary>
    public static LocalDate After(LocalDate meeting, int days) => PlusDays(meeting, days);

    /// <summary>The date <paramref name="months"/> months after <paramref name="date"/>; the calendar's last (or first) day when that is beyond it.</summary>
    public static LocalDate MonthsAfter(LocalDate date, int months)
    {
        var month = ((long)date.Year * 12) + date.Month - 1 + months;
        return month > ((long)LocalDate.MaxIsoValue.Year * 12) + 11 ? LocalDate.MaxIsoValue
            : month < (long)LocalDate.MinIsoValue.Year * 12 ? LocalDate.MinIsoValue
            : date.Plus(Period.FromMonths(months));
    }

    /// <summary>The date <paramref name="days"/> days after <paramref name="date"/>; the calendar's last (or first) day when that is beyond it.</summary>
    public static LocalDate PlusDays(LocalDate date, long days)
    {
        var target = DayNumber(date) + days;
        return target > LastDay ? LocalDate.MaxIsoValue
            : target < FirstDay ? LocalDate.MinIsoValue
            : date.PlusDays((int)days);
    }

    /// <summary>
    /// The local date of <paramref name="instant"/> in <paramref name="zone"/>; at the ends of time, where a zone's offset
    /// would carry the date past the calendar's ends (<c>Instant.MinValue</c> west of Greenwich), the calendar's end.
    /// </summary>
    public static LocalDate LocalDateOf(Instant instant, DateTimeZone zone)
    {
        // The UTC date always exists; an offset (under ±18 hours) moves it by at most one day either way.
        var utc = instant.InUtc().LocalDateTime;
        var ticks = utc.TimeOfDay.TickOfDay + zone.GetUtcOffset(instant).Ticks;
        return PlusDays(utc.Date, ticks < 0 ? -1 : ticks >= NodaConstants.TicksPerDay ? 1 : 0);
    }

    /// <summary>
    /// The number of days from 0000-03-01 of the proleptic Gregorian calendar, for any ISO date (negative
    /// years included, unlike <see cref="DateOnly.DayNumber"/>): a comparison of two is a comparison of the dates.
    /// The rules hand it ISO dates only (<see cref="Validation.IsoDates"/>).
    /// </summary>
    public static int DayNumber(LocalDate date)
    {
        // Days from civil (H. Hinnant): March-based years put the leap day last; floor division for negative years.
        var year = date.Month <= 2 ? date.Year - 1 : date.Year;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - (era * 400);
        var dayOfYear = ((153 * (date.Month > 2 ? date.Month - 3 : date.Month + 9)) + 2) / 5 + date.Day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra;
    }

    /// <summary>
    /// A number that orders ISO dates as the dates are ordered (year, then month, then day, each field in its own bits),
    /// cheaper than <see cref="DayNumber"/> where only the order matters, not the distance: OL505 places each of ~90
    /// reports in its period with it.
    /// </summary>
    public static int OrderKey(LocalDate date) => (date.Year * 512) + (date.Month * 32) + date.Day;

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
