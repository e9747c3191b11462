using System.Globalization;
using NodaTime;
using OrgLife.Meetings;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules.Scheduling;

/// <summary>Derives every due date of one meeting from its kind, its date and the policy; the service vendors resolve from dependency injection.</summary>
public interface IScheduleGenerator
{
    /// <summary>The schedule of a meeting of <paramref name="kind"/> on <paramref name="meetingDate"/>.</summary>
    /// <param name="kind">The meeting kind: a 民主生活会 adds the plan review and uses its own notice and report days.</param>
    /// <param name="meetingDate">The meeting's date in the branch's time zone.</param>
    /// <param name="timeZone">The branch's time zone (see <see cref="Branches.Branch.DefaultTimeZone"/>), used to read instants and clocks later.</param>
    /// <param name="policy">The policy whose days and months apply.</param>
    /// <param name="culture">The culture of the labels: any <c>zh</c> culture gives Simplified Chinese, others English.</param>
    /// <returns>The schedule, its entries ordered by due date (ties in <see cref="DueKind"/> order, then by number).</returns>
    MeetingSchedule Generate(MeetingKind kind, LocalDate meetingDate, DateTimeZone timeZone, OrgLifePolicy policy, CultureInfo culture);
}
