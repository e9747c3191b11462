using System.Globalization;
using NodaTime;
using OrgLife.Branches;
using OrgLife.Meetings;
using OrgLife.Records;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules.Scheduling;

/// <summary>Convenience overloads of <see cref="IScheduleGenerator.Generate"/>: from an instant, or from a branch record.</summary>
public static class ScheduleGeneratorExtensions
{
    /// <summary>The schedule of a meeting that starts at <paramref name="meetingStart"/>, dated in <paramref name="timeZone"/>.</summary>
    /// <param name="generator">The generator.</param>
    /// <param name="kind">The meeting kind.</param>
    /// <param name="meetingStart">When the meeting starts; its local date in <paramref name="timeZone"/> is the meeting date.</param>
    /// <param name="timeZone">The branch's time zone.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="culture">The culture of the labels.</param>
    public static MeetingSchedule Generate(this IScheduleGenerator generator, MeetingKind kind, Instant meetingStart, DateTimeZone timeZone, OrgLifePolicy policy, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(timeZone);
        return generator.Generate(kind, DueDates.LocalDateOf(meetingStart, timeZone), timeZone, policy, culture);
    }

    /// <summary>The schedule of the meeting of <paramref name="record"/>, in its branch's time zone (Asia/Shanghai when the record has no branch).</summary>
    /// <param name="generator">The generator.</param>
    /// <param name="record">The branch record; its meeting and the meeting's date must be recorded.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="culture">The culture of the labels.</param>
    /// <exception cref="ArgumentException">The record has no meeting or no meeting date.</exception>
    public static MeetingSchedule Generate(this IScheduleGenerator generator, BranchRecord record, OrgLifePolicy policy, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(record);
        var meeting = record.Meeting ?? throw new ArgumentException("The branch record has no meeting (meeting), so it has no schedule.", nameof(record));
        var date = meeting.Date ?? throw new ArgumentException("The branch record's meeting has no date (meeting.date), so it has no schedule.", nameof(record));
        return generator.Generate(meeting.Kind, date, record.Branch?.TimeZone ?? Branch.DefaultTimeZone, policy, culture);
    }
}
