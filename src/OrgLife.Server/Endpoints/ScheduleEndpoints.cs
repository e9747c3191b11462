using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Net.Http.Headers;
using NodaTime;
using OrgLife.Json;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Scheduling;
using OrgLife.Server.Hosting;
using OrgLife.Server.OpenApi;
using OrgLife.Server.Problems;

namespace OrgLife.Server.Endpoints;

/// <summary>
/// <c>POST /api/schedule</c>: every due date of the record's meeting under the policy with its status as of a date, as
/// JSON, or as an iCalendar file (RFC 5545, <see cref="ICalendarWriter"/>) when the request accepts <c>text/calendar</c>.
/// </summary>
internal static class ScheduleEndpoints
{
    public static void MapScheduleEndpoints(this IEndpointRouteBuilder app, ServerOptions options)
    {
        app.MapPost("/api/schedule", ScheduleAsync)
            .WithName("Schedule")
            .WithSummary("The due dates of a record's meeting, with their status (JSON, or iCalendar with Accept: text/calendar)")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(options.RecordBodyLimit), new RequestBodySchemaAttribute(SchemaNames.Record, MediaTypes.Json))
            .Produces<ScheduleDocument>(StatusCodes.Status200OK, MediaTypes.Json)
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Calendar)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithTags("schedule");
    }

    private static async Task<IResult> ScheduleAsync(HttpContext context, IScheduleGenerator generator, RuleCatalogue catalogue, IClock clock, CancellationToken cancellationToken)
    {
        if (Bodies.Require(context, MediaTypes.Json) is { } unsupported)
        {
            return unsupported;
        }

        var query = RequestQuery.Read(context);
        if (query.Problem is { } bad)
        {
            return bad;
        }

        var read = await RecordReader.ReadAsync(context.Request.Body, cancellationToken).ConfigureAwait(false);
        if (read.Record is not { } record)
        {
            return RecordProblems.Unreadable(context, read.Error!);
        }

        if (record.Meeting?.Date is null)
        {
            var path = record.Meeting is null ? "$.meeting" : "$.meeting.date";
            return Bodies.Problem(context, StatusCodes.Status422UnprocessableEntity, null, ServerText.Pick(query.Culture,
                $"{path}: the record has no meeting date, so there is no schedule.",
                $"{path}：记录没有会议日期，无法计算截止日期。"), ("path", path));
        }

        var schedule = generator.Generate(record, query.Policy, query.Culture);
        var asOf = query.Date ?? schedule.LocalDateOf(clock.GetCurrentInstant());
        var statuses = schedule.StatusAsOf(record, asOf);
        var branch = record.Branch?.Id.ToString() ?? "branch";
        if (WantsCalendar(context))
        {
            var branchName = record.Branch?.Name ?? branch;
            var calendar = ICalendarWriter.Write(
                branch,
                schedule,
                statuses.Select(s => (s.Entry, $"[{s.Entry.RuleId}] {s.Entry.Label}", ServerText.Pick(query.Culture,
                    $"{branchName}: {catalogue[s.Entry.RuleId].EnglishName} ({s.Entry.RuleId}). Status as of {asOf:uuuu-MM-dd}: {ServerText.Status(s.Status, query.Culture)}.",
                    $"{branchName}：{catalogue[s.Entry.RuleId].ChineseName}（{s.Entry.RuleId}）。截至 {asOf:uuuu-MM-dd} 状态：{ServerText.Status(s.Status, query.Culture)}。"))),
                clock.GetCurrentInstant(),
                ServerText.Pick(query.Culture, $"{branchName} — organizational life schedule", $"{branchName} — 组织生活会日程"));
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"orglife-schedule-{Uri.EscapeDataString(branch)}.ics\"";
            return Results.Text(calendar, MediaTypes.Calendar, Encoding.UTF8);
        }

        return TypedResults.Ok(new ScheduleDocument(
            branch,
            Date(schedule.MeetingDate),
            query.Policy.Name,
            Date(asOf),
            schedule.TimeZone.Id,
            [.. statuses.Select(s => new ScheduleEntryDocument(Date(s.Entry.DueDate), s.Entry.RuleId.ToString(), Camel(s.Entry.Kind.ToString()), Camel(s.Entry.Bound.ToString()), StatusName(s.Status), s.Entry.LabelKey, s.Entry.Label))]));
    }

    private static bool WantsCalendar(HttpContext context) =>
        string.Equals(context.Request.Query["format"], "ics", StringComparison.OrdinalIgnoreCase)
        || (MediaTypeHeaderValue.TryParseList(context.Request.Headers.Accept, out var accepted)
            && accepted.Any(a => a.MediaType.Equals(MediaTypes.Calendar, StringComparison.OrdinalIgnoreCase)));

    private static string StatusName(DueStatus status) => Camel(status.ToString());

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A meeting's schedule.</summary>
/// <param name="Branch">The branch ID.</param>
/// <param name="MeetingDate">The meeting's date (yyyy-MM-dd).</param>
/// <param name="Policy">The policy's name.</param>
/// <param name="AsOf">The date the statuses are judged by.</param>
/// <param name="TimeZone">The branch's time zone (IANA).</param>
/// <param name="Entries">Every due date, in date order.</param>
internal sealed record ScheduleDocument(string Branch, string MeetingDate, string Policy, string AsOf, string TimeZone, ScheduleEntryDocument[] Entries);

/// <summary>One due date.</summary>
/// <param name="DueDate">The date (yyyy-MM-dd).</param>
/// <param name="RuleId">The rule that sets it.</param>
/// <param name="Kind">What is due.</param>
/// <param name="Bound">Whether the date is the last day (<c>onOrBefore</c>) or the first (<c>onOrAfter</c>).</param>
/// <param name="Status">done, doneLate, overdue, notYetDue or unknown (not recorded).</param>
/// <param name="LabelKey">The label's message key.</param>
/// <param name="Label">What is due, in the request's language.</param>
internal sealed record ScheduleEntryDocument(string DueDate, string RuleId, string Kind, string Bound, string Status, string LabelKey, string Label);
