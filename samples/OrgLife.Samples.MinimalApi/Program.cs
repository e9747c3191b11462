using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using OrgLife.Findings;
using OrgLife.Ids;
using OrgLife.Json;
using OrgLife.Rules;
using OrgLife.Rules.DependencyInjection;
using OrgLife.Samples.MinimalApi;
using OrgLife.Tally.Box;
using OrgLife.Tally.DependencyInjection;
using OrgLife.Tally.Formats;

var builder = WebApplication.CreateBuilder(args);

// Policies per tenant from appsettings.json ("OrgLife" section), the validator, the clock; the tally's forms and readers.
builder.Services.AddOrgLifeRules(builder.Configuration.GetSection("OrgLife"));
builder.Services.AddOrgLifeTally();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(options => options.AddDocumentTransformer<RecordSchemaTransformer>());

var app = builder.Build();
app.MapOpenApi();

// Validate a posted branch record (docs/record-format.md) under the tenant's policy, as of today in the branch's zone.
app.MapPost("/tenants/{tenant}/validate", async Task<IResult> (string tenant, string? culture, HttpRequest request, IOrgLifePolicyProvider policies, IOrgLifeValidationService validation, CancellationToken cancellationToken) =>
{
    if (!policies.TryGet(tenant, out _))
    {
        return TypedResults.Problem($"No policy is configured for tenant '{tenant}'.", statusCode: StatusCodes.Status404NotFound);
    }

    var read = await RecordReader.ReadAsync(request.Body, cancellationToken);
    if (!read.Succeeded)
    {
        return TypedResults.Problem(read.Error.ToString(), statusCode: StatusCodes.Status400BadRequest, title: "The record is not valid.");
    }

    var report = validation.Validate(read.Record, tenant, CultureInfo.GetCultureInfo(culture ?? "zh-CN"));
    return TypedResults.Ok(new ValidationResponse(
        report.BranchId?.Value,
        report.PolicyName,
        NodaTime.Text.LocalDatePattern.Iso.Format(report.AsOf),
        [.. report.Results.Select(r => new RuleResultResponse(
            r.RuleId.Value,
            r.Rule.EnglishName,
            JsonNamingPolicyName(r.Outcome.ToString()),
            [.. r.Findings.Select(f => new FindingResponse(JsonNamingPolicyName(f.Severity.ToString()), f.Subject.ToString(), f.MessageKey, f.Message))],
            [.. r.MissingData],
            r.Note))]));
})
.Produces<ValidationResponse>()
.ProducesProblem(StatusCodes.Status400BadRequest)
.ProducesProblem(StatusCodes.Status404NotFound)
.WithName("ValidateRecord");

// Tally posted ballots: the CSV long format (docs/tally.md), read asynchronously from the request body.
app.MapPost("/ballots", async Task<IResult> (
    [FromQuery] string candidates, [FromQuery] int issued, string? form, HttpRequest request,
    IBallotFormRegistry forms, CsvBallotReaderFactory readers, CancellationToken cancellationToken) =>
{
    if (!forms.TryGet(form ?? "single", out var ballotForm))
    {
        return TypedResults.Problem($"Unknown form '{form}'; known: {string.Join(", ", forms.Names)}.", statusCode: StatusCodes.Status400BadRequest);
    }

    AssessmentCandidates roster;
    try
    {
        roster = new AssessmentCandidates(candidates.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(id => new MemberId(id)));
    }
    catch (ArgumentException ex)
    {
        return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "The candidates are not valid.");
    }

    var reader = readers.Create(_ => new BallotBox(ballotForm, roster, Math.Max(issued, 0)));
    List<BranchTallyResponse> branches = [];
    try
    {
        await foreach (var branch in reader.ReadAsync(request.Body, cancellationToken: cancellationToken))
        {
            var report = branch.Tally.ToReport(OrgLife.Tally.Reports.SuggestionRule.Default);
            branches.Add(new BranchTallyResponse(
                branch.Branch.Value, branch.Tally.Issued, branch.Tally.Accepted, branch.Tally.Rejected, branch.Tally.SkippedRows,
                [.. report.Candidates.Select(c => new CandidateResponse(c.Candidate.Value, c.SuggestedGrade?.ToString()))]));
        }
    }
    catch (InvalidDataException ex)
    {
        return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "The ballots are not valid CSV.");
    }

    return TypedResults.Ok(new TallyResponse(branches));
})
.Accepts<string>("text/csv")
.Produces<TallyResponse>()
.ProducesProblem(StatusCodes.Status400BadRequest)
.WithName("TallyBallots");

app.Run();

static string JsonNamingPolicyName(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);

/// <summary>The entry point, visible to the in-process tests (WebApplicationFactory).</summary>
public partial class Program;
