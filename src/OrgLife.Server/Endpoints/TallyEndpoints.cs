using System.Text;
using System.Text.Json;
using OrgLife.Ids;
using OrgLife.Json.Output;
using OrgLife.Tally.Excel;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Box;
using OrgLife.Tally.Formats;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Reports;
using OrgLife.Server.Hosting;
using OrgLife.Server.OpenApi;
using OrgLife.Server.Problems;

namespace OrgLife.Server.Endpoints;

/// <summary>
/// <c>POST /api/tally</c>: a ballot sheet in the CSV long format (docs/tally.md) counted by <see cref="CsvBallotReader"/>,
/// or an .xlsx tally sheet counted by <see cref="XlsxBallotReader"/>, one report per branch. The candidates and the
/// ballots issued come from the sheet itself (<see cref="CsvBranchCensus"/>, <see cref="XlsxBallotReader.Census"/>; the
/// CLI's <c>tally</c> without <c>--roster</c>): every member marked is a graded candidate and the ballots issued are the
/// ballots returned, so OL401 is reported as not evaluated.
/// </summary>
internal static class TallyEndpoints
{
    public static void MapTallyEndpoints(this IEndpointRouteBuilder app, ServerOptions options)
    {
        app.MapPost("/api/tally", TallyAsync)
            .WithName("Tally")
            .WithSummary("Tallies a ballot sheet (CSV long format: branch,ballot,candidate,grade[,criterion][,category]; or an .xlsx tally sheet, long or wide)")
            .WithDescription("One report per branch: ballots returned, valid and rejected (with the rule), counts per grade and the suggested grade per member; rows that cannot be read are listed with their line and skipped.")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(options.BallotBodyLimit), new RequestBodySchemaAttribute(null, MediaTypes.Csv), new RequestBodySchemaAttribute(null, MediaTypes.Xlsx))
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithTags("tally");
    }

    private static MemoryStream Copy(MemoryStream sheet) => new(sheet.GetBuffer(), 0, (int)sheet.Length, writable: false);

    private static async Task<IResult> TallyAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (Bodies.Require(context, MediaTypes.Csv, MediaTypes.Xlsx) is { } unsupported)
        {
            return unsupported;
        }

        var form = BallotForms.FourGrades;
        // The census reads the sheet a step ahead of the tally: the body is buffered (within the endpoint's limit).
        using var sheet = new MemoryStream();
        await context.Request.Body.CopyToAsync(sheet, cancellationToken).ConfigureAwait(false);
        var skipped = new List<SkippedRow>();
        var reports = new List<string>();
        try
        {
            // One census per run of a branch's rows, taken in the order the reader opens the runs.
            var xlsx = Bodies.Is(context, MediaTypes.Xlsx);
            var census = (xlsx ? XlsxBallotReader.Census(Copy(sheet), form) : CsvBranchCensus.Read(Copy(sheet), form))
                .GroupBy(c => c.Branch)
                .ToDictionary(g => g.Key, g => new Queue<BranchCensus>(g));
            BallotBox? Open(BranchId branch) => census.TryGetValue(branch, out var runs) && runs.TryDequeue(out var seen)
                ? new BallotBox(form, new AssessmentCandidates(seen.Candidates), seen.Ballots)
                : null;
            IEnumerable<BranchTally> branches = xlsx
                ? new XlsxBallotReader(Open, error => skipped.Add(new SkippedRow(error.Row, error.Reason))).Read(Copy(sheet))
                : new CsvBallotReader(Open, error => skipped.Add(new SkippedRow(error.LineNumber, error.Reason))).Read(Copy(sheet));
            foreach (var branch in branches)
            {
                var report = branch.Tally.ToReport(form.ResultRule ?? SuggestionRule.Default, null, ReportOptions.Default);
                reports.Add(TallyJson.SerializeReport(new BranchTallyReport(branch.Branch, report, CandidateSource.Csv, IssuedKnown: false), "request"));
            }
        }
        catch (InvalidDataException ex)
        {
            return Bodies.Problem(context, StatusCodes.Status400BadRequest, ServerText.Pick(ServerText.Culture(context), "The ballot sheet cannot be read", "测评票汇总表无法读取"), ex.Message);
        }

        var json = new StringBuilder("{\"reports\":[");
        json.AppendJoin(',', reports);
        json.Append("],\"skippedRows\":");
        json.Append(JsonSerializer.Serialize([.. skipped], ServerJsonContext.Default.SkippedRowArray));
        json.Append('}');
        return Results.Text(json.ToString(), MediaTypes.Json, Encoding.UTF8);
    }
}

/// <summary>A row of the sheet that was skipped.</summary>
/// <param name="Line">Its line in the CSV, or its row in the .xlsx sheet.</param>
/// <param name="Reason">Why.</param>
internal sealed record SkippedRow(long Line, string Reason);
