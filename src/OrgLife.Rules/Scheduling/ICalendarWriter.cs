using System.Globalization;
using System.Text;
using NodaTime;
using OrgLife.Text;

namespace OrgLife.Rules.Scheduling;

/// <summary>
/// Writes a meeting's schedule as an iCalendar file (RFC 5545) a secretary can import: one all-day VEVENT per due
/// date (DTSTART;VALUE=DATE, DTEND the next day), a UID stable per entry (branch, meeting date, kind, number), text
/// escaped (backslash, semicolon, comma, newline; other control characters shown as <c>\u0007</c>), lines ending CRLF and folded so none exceeds 75 octets.
/// </summary>
public static class ICalendarWriter
{
    /// <summary>The longest content line in octets, CRLF excluded (RFC 5545 3.1).</summary>
    public const int MaxLineOctets = 75;

    /// <summary>The calendar of <paramref name="entries"/> of the meeting of <paramref name="branch"/>.</summary>
    /// <param name="branch">The branch ID, part of every UID.</param>
    /// <param name="schedule">The schedule.</param>
    /// <param name="entries">Each entry with its status and a line describing it.</param>
    /// <param name="stamp">When the file is made (DTSTAMP).</param>
    /// <param name="name">The calendar's name.</param>
    /// <returns>The calendar's text, lines ending CRLF.</returns>
    public static string Write(string branch, MeetingSchedule schedule, IEnumerable<(ScheduleEntry Entry, string Summary, string Description)> entries, Instant stamp, string name)
    {
        ArgumentNullException.ThrowIfNull(branch);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:-//OrgLife//orglife schedule//EN");
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "METHOD:PUBLISH");
        Line(text, "X-WR-CALNAME:" + Escape(name));
        Line(text, "X-WR-TIMEZONE:" + schedule.TimeZone.Id);
        var dtstamp = stamp.ToDateTimeUtc().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var (entry, summary, description) in entries)
        {
            Line(text, "BEGIN:VEVENT");
            Line(text, $"UID:{Escape(branch)}-{Date(schedule.MeetingDate)}-{entry.Kind}-{entry.Number.ToString(CultureInfo.InvariantCulture)}@orglife");
            Line(text, "DTSTAMP:" + dtstamp);
            Line(text, "DTSTART;VALUE=DATE:" + Date(entry.DueDate));
            // A due date on the calendar's last day has no next day: the event then ends where it starts.
            Line(text, "DTEND;VALUE=DATE:" + Date(entry.DueDate < LocalDate.MaxIsoValue ? entry.DueDate.PlusDays(1) : entry.DueDate));
            Line(text, "SUMMARY:" + Escape(summary));
            Line(text, "DESCRIPTION:" + Escape(description));
            Line(text, "CATEGORIES:" + Escape(entry.RuleId.ToString()));
            Line(text, "TRANSP:TRANSPARENT");
            Line(text, "END:VEVENT");
        }

        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    /// <summary>
    /// RFC 5545 3.3.11 TEXT escaping: backslash, semicolon, comma, and a line break as <c>\n</c>; any other control
    /// character (TEXT allows none) is written as the visible text <c>\u0007</c>, its backslash escaped in turn.
    /// </summary>
    /// <param name="value">Any text.</param>
    /// <returns>The text as an iCalendar TEXT value.</returns>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            _ = c switch
            {
                '\\' or ';' or ',' => text.Append('\\').Append(c),
                '\r' when i + 1 < value.Length && value[i + 1] == '\n' => text,
                '\r' or '\n' => text.Append("\\n"),
                _ when PrintableText.NeedsEscape(c) => text.Append("\\\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text.ToString();
    }

    private static string Date(LocalDate date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Appends one content line, folded (RFC 5545 3.1): at most 75 octets per line, a UTF-8 character never split, continuations start with a space.</summary>
    private static void Line(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = MaxLineOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(rune.ToString());
            octets += size;
        }

        text.Append("\r\n");
    }
}
