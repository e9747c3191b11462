using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using OrgLife.Rules.Scheduling;

namespace OrgLife.Cli.Schedule;

/// <summary>
/// <c>orglife schedule --format json</c>: the schedule and every entry's status as one JSON document of the shape
/// docs/cli-output.md describes ("schedule"); UTF-8 text, Chinese not escaped.
/// </summary>
internal static class ScheduleJsonWriter
{
    /// <summary>The document's format version (docs/cli-output.md).</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes the document, indented, and a line end.</summary>
    /// <param name="output">Where it goes.</param>
    /// <param name="heading">The source file's name, the branch ID, the policy's name and the as-of date.</param>
    /// <param name="schedule">The meeting's schedule.</param>
    /// <param name="statuses">Every entry with its status as of <see cref="ScheduleHeading.AsOf"/>.</param>
    /// <param name="calendarFile">The iCalendar file written too (--ics), or null.</param>
    public static void Write(TextWriter output, ScheduleHeading heading, MeetingSchedule schedule, ImmutableArray<ScheduleEntryStatus> statuses, string? calendarFile)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("kind", "schedule");
            json.WriteNumber("formatVersion", FormatVersion);
            json.WriteString("source", heading.Source);
            json.WriteString("branch", heading.Branch);
            json.WriteString("policy", heading.Policy);
            json.WriteString("meetingKind", Camel(schedule.Kind.ToString()));
            json.WriteString("meetingDate", Date(schedule.MeetingDate));
            json.WriteString("timeZone", schedule.TimeZone.Id);
            json.WriteString("asOf", Date(heading.AsOf));
            json.WriteStartArray("entries");
            foreach (var (entry, status) in statuses)
            {
                json.WriteStartObject();
                json.WriteString("dueDate", Date(entry.DueDate));
                json.WriteString("rule", entry.RuleId.ToString());
                json.WriteString("dueKind", Camel(entry.Kind.ToString()));
                json.WriteNumber("number", entry.Number);
                json.WriteString("bound", Camel(entry.Bound.ToString()));
                if (entry.Period is { } period)
                {
                    json.WriteStartObject("period");
                    json.WriteNumber("number", period.Number);
                    json.WriteString("start", Date(period.Start));
                    json.WriteString("due", Date(period.Due));
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("period");
                }

                json.WriteString("status", Status(status));
                json.WriteString("labelKey", entry.LabelKey);
                json.WriteString("label", entry.Label);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            foreach (var status in (DueStatus[])[DueStatus.Overdue, DueStatus.NotYetDue, DueStatus.Done, DueStatus.DoneLate, DueStatus.Unknown])
            {
                json.WriteNumber(Status(status), statuses.Count(s => s.Status == status));
            }

            json.WriteEndObject();
            if (calendarFile is null)
            {
                json.WriteNull("calendarFile");
            }
            else
            {
                json.WriteString("calendarFile", calendarFile);
            }

            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>The status's code: <c>done</c>, <c>notYetDue</c>, <c>overdue</c>, <c>doneLate</c> or <c>notRecorded</c>.</summary>
    public static string Status(DueStatus status) => status == DueStatus.Unknown ? "notRecorded" : Camel(status.ToString());

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
