using System.Net;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace OrgLife.Server.Tests;

/// <summary>
/// Never throw, never lose, over HTTP: whatever body arrives, the answer is a report or a problem (never a 500 or a
/// stack trace), and a batch answers every line, in order.
/// </summary>
public sealed class RobustRequestTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e999", "-0", "\"2026-12-15\"", "\"2026-13-40\"", "\\u0000", "\u0007",
        "\"branch\"", "\"meeting\"", "\"members\"", "\"id\"", "\"status\"", "\"full\"", "\"date\"", "\"attendance\"", "\"evaluation\"",
        "\"determinations\"", "\"grade\"", "\"excellent\"", "梁晨", "\n", " ", "\uFEFF",
    ];

    [Fact]
    public void Any_body_posted_to_validate_is_answered_with_a_report_or_a_400_problem()
    {
        var client = factory.CreateClient();
        var bodies = Gen.Frequency(
            (3, Gen.Elements(Fragments).ArrayOf().Select(parts => Encoding.UTF8.GetBytes(string.Concat(parts)))),
            (1, ArbMap.Default.GeneratorFor<byte[]>()));
        Prop.ForAll(bodies.ToArbitrary(), body =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            using var response = client.PostAsync("/api/validate?asOf=2027-01-10", content).GetAwaiter().GetResult();
            var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            return (response.StatusCode == HttpStatusCode.OK && JsonDocument.Parse(text).RootElement.TryGetProperty("results", out _))
                || (response.StatusCode == HttpStatusCode.BadRequest
                    && response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                    && JsonDocument.Parse(text).RootElement.TryGetProperty("path", out _)
                    && !text.Contains("   at ", StringComparison.Ordinal));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_batch_answers_every_line_once_in_input_order()
    {
        var client = factory.CreateClient();
        var line = Gen.Elements("{}", "{\"branch\": ", "{\"meeting\": {\"date\": \"2026-12-15\"}}", "[1]", "null", "{\"evaluation\": {}}");
        Prop.ForAll(line.ListOf().Where(l => l.Count > 0).ToArbitrary(), lines =>
        {
            var content = new StringContent(string.Join("\n", lines) + "\n", Encoding.UTF8, "application/x-ndjson");
            using var response = client.PostAsync("/api/validate/batch?asOf=2027-01-10", content).GetAwaiter().GetResult();
            var answers = response.Content.ReadAsStringAsync().GetAwaiter().GetResult().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return response.StatusCode == HttpStatusCode.OK
                && answers.Select(a => JsonDocument.Parse(a).RootElement.GetProperty("line").GetInt64()).SequenceEqual(Enumerable.Range(1, lines.Count).Select(i => (long)i));
        }).QuickCheckThrowOnFailure();
    }
}
