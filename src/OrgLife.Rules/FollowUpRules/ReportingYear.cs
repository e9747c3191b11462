using NodaTime;

namespace OrgLife.Rules.FollowUpRules;

/// <summary>
/// 年度 — the year a meeting is held for (OL508). A meeting on or before the policy's campaign deadline, when that
/// deadline falls in the first quarter, counts for the previous year (City-2019: the 2018年度 meetings "要在2019年3月底前完成");
/// any other meeting counts for its calendar year.
/// </summary>
internal static class ReportingYear
{
    /// <summary>The 年度 of a meeting held on <paramref name="date"/> under a policy whose campaign deadline is <paramref name="campaignDeadline"/>.</summary>
    public static int Of(LocalDate date, LocalDate? campaignDeadline)
        => campaignDeadline is { Month: <= 3 } deadline && (date.Month < deadline.Month || (date.Month == deadline.Month && date.Day <= deadline.Day))
            ? date.Year - 1
            : date.Year;

    /// <summary>The last day a meeting for <paramref name="year"/> may be held: the campaign deadline's day in the next year when it falls in the first quarter, else 31 December.</summary>
    public static LocalDate LastDayFor(int year, LocalDate? campaignDeadline)
    {
        // The year after a meeting at the calendar's end does not exist: the 年度 stops at the calendar's last (or first) year.
        year = Math.Clamp(year, LocalDate.MinIsoValue.Year, LocalDate.MaxIsoValue.Year);
        return campaignDeadline is { Month: <= 3 } deadline && year < LocalDate.MaxIsoValue.Year
            ? new LocalDate(year + 1, deadline.Month, Math.Min(deadline.Day, CalendarSystem.Iso.GetDaysInMonth(year + 1, deadline.Month)))
            : new LocalDate(year, 12, 31);
    }
}
