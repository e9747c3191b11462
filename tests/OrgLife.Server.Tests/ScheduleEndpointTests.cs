using System.Net;
using System.Text;
using System.Text.Json;

namespace OrgLife.Server.Tests;

/// <summary>POST /api/schedule as JSON and as iCalendar.</summary>
public sealed class ScheduleEndpointTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task The_demo_schedule_lists_due_dates_with_their_status()
    {
        var client = factory.CreateClient();
        var record = await client.GetStringAsync("/api/demo/record");
        var response = await ValidationEndpointTests.PostJsonAsync(client, "/api/schedule?policy=collection&asOf=2027-01-10", record, "en");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var entries = response.Body.GetProperty("entries").EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        Assert.Contains(entries, e => e.GetProperty("ruleId").GetString() == "OL501" && e.GetProperty("status").GetString() == "doneLate");
        Assert.Equal("2027-01-10", response.Body.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task Accept_text_calendar_gives_an_iCalendar_file()
    {
        var client = factory.CreateClient();
        var record = await client.GetStringAsync("/api/demo/record");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/schedule?policy=collection&asOf=2027-01-10") { Content = new StringContent(record, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("text/calendar");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", calendar, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VEVENT", calendar, StringComparison.Ordinal);
        Assert.Contains("组织生活会日程", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_without_a_meeting_date_is_422_naming_the_path()
    {
        var response = await ValidationEndpointTests.PostJsonAsync(factory.CreateClient(), "/api/schedule", "{\"meeting\": {\"kind\": \"organizationalLife\", \"form\": \"generalMeeting\"}}", "en");
        var problem = await ProblemAssert.IsProblemAsync(response.Response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("$.meeting.date", problem.GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_truncated_record_is_400()
    {
        var response = await ValidationEndpointTests.PostJsonAsync(factory.CreateClient(), "/api/schedule", "{\"meeting\": ", "en");
        await ProblemAssert.IsProblemAsync(response.Response, HttpStatusCode.BadRequest);
    }
}
