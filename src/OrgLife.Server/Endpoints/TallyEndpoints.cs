using System.Text;
using System.Text.Json;
using OrgLife.Ids;
using OrgLife.Json.Forms;
using OrgLife.Json.Output;
using OrgLife.Tally.DependencyInjection;
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
/// ballots returned, so OL401 is reported as not evaluated. The form is the single overall grade unless
/// <c>?form=</c> names another registered form (<see cref="IBallotFormRegistry"/>) or a multipart body posts a form
/// document (part <c>form</c>, read by <see cref="FormJson"/>) beside the sheet (part <c>sheet</c>).
/// </summary>
internal static class TallyEndpoints
{
    public static void MapTallyEndpoints(this IEndpointRouteBuilder app, ServerOptions options)
    {
        app.MapPost("/api/tally", TallyAsync)
            .WithName("Tally")
            .WithSummary("Tallies a ballot sheet (CSV long format: branch,ballot,candidate,grade[,criterion][,category]; or an .xlsx tally sheet, long or wide)")
            .WithDescription("One report per branch: ballots returned, valid and rejected (with the rule), counts per grade and the suggested grade per member; rows that cannot be read are listed with their line and skipped.")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(options.BallotBodyLimit), new RequestBodySchemaAttribute(null, MediaTypes.Csv), new RequestBodySchemaAttribute(null, MediaTypes.Xlsx), new RequestBodySchemaAttribute(null, MediaTypes.FormData),
                new MultipartPartAttribute("form", SchemaNames.Form, MediaTypes.Json), new MultipartPartAttribute("sheet", null, MediaTypes.Csv, MediaTypes.Xlsx))
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithTags("tally");
    }

    private static MemoryStream Copy(MemoryStream sheet) => new(sheet.GetBuffer(), 0, (int)sheet.Length, writable: false);

    private static async Task<IResult> TallyAsync(HttpContext context, IBallotFormRegistry forms, CancellationToken cancellationToken)
    {
        var culture = ServerText.Culture(context);
        var form = BallotForms.FourGrades;
        var formName = context.Request.Query["form"].ToString();
        if (formName.Length > 0)
        {
            if (!forms.TryGet(formName, out var named))
            {
                var names = string.Join(", ", forms.Names);
                return Bodies.Problem(context, StatusCodes.Status400BadRequest, null, ServerText.Pick(culture,
                    $"form: no ballot form is named '{formName}'; the forms are {names}.",
                    $"form：没有名为“{formName}”的测评表；可用的测评表为 {names}。"), ("forms", forms.Names.ToArray()));
            }

            form = named;
        }

        // The census reads the sheet a step ahead of the tally: the body is buffered (within the endpoint's limit).
        using var sheet = new MemoryStream();
        bool xlsx;
        if (Bodies.Is(context, MediaTypes.FormData))
        {
            IFormCollection parts;
            try
            {
                parts = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException ex)
            {
                return Bodies.Problem(context, StatusCodes.Status400BadRequest, null, ex.Message);
            }

            FormReadResult? posted = null;
            if (parts.Files.GetFile("form") is { } formFile)
            {
                await using var formStream = formFile.OpenReadStream();
                posted = await FormJson.ReadAsync(formStream, cancellationToken).ConfigureAwait(false);
            }
            else if (parts["form"].ToString() is { Length: > 0 } formText)
            {
                posted = FormJson.Read(formText);
            }

            if (posted is not null)
            {
                if (formName.Length > 0)
                {
                    return Bodies.Problem(context, StatusCodes.Status400BadRequest, null, ServerText.Pick(culture,
                        "form: name a form (?form=) or post one (part form), not both.",
                        "form：请指定测评表名称（?form=）或上传测评表（form 部分），二者只能选一。"));
                }

                if (!posted.Succeeded)
                {
                    return Bodies.Problem(context, StatusCodes.Status422UnprocessableEntity, ServerText.Pick(culture, "The ballot form cannot be read", "测评表无法读取"),
                        string.Join("; ", posted.Problems), ("problems", posted.Problems.Select(p => p.ToString()).ToArray()));
                }

                form = posted.Form;
            }

            if (parts.Files.GetFile("sheet") is not { } sheetFile)
            {
                return Bodies.Problem(context, StatusCodes.Status400BadRequest, null, ServerText.Pick(culture,
                    "sheet: a multipart body needs the ballot sheet as a part named sheet (text/csv or .xlsx).",
                    "sheet：multipart 请求须包含名为 sheet 的测评票汇总表部分（text/csv 或 .xlsx）。"));
            }

            xlsx = sheetFile.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
                || (Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(sheetFile.ContentType, out var sheetType) && sheetType.MediaType.Equals(MediaTypes.Xlsx, StringComparison.OrdinalIgnoreCase));
            await using var sheetStream = sheetFile.OpenReadStream();
            await sheetStream.CopyToAsync(sheet, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            if (Bodies.Require(context, MediaTypes.Csv, MediaTypes.Xlsx, MediaTypes.FormData) is { } unsupported)
            {
                return unsupported;
            }

            xlsx = Bodies.Is(context, MediaTypes.Xlsx);
            await context.Request.Body.CopyToAsync(sheet, cancellationToken).ConfigureAwait(false);
        }

        var skipped = new List<SkippedRow>();
        var reports = new List<string>();
        try
        {
            // One census per run of a branch's rows, taken in the order the reader opens the runs.
            var census = (xlsx ? XlsxBallotReader.Census(Copy(sheet), form) : CsvBranchCensus.Read(Copy(sheet), form))
                .GroupBy(c => c.Branch)
                .ToDictionary(g => g.Key, g => new Queue<BranchCensus>(g));
            BallotBox? Open(BranchId branch) => census.TryGetValue(branch, out var runs) && runs.TryDequeue(out var seen)
                ? new BallotBox(form, new AssessmentCandidates(seen.Candidates), seen.Ballots)
                : null;
            IEnumerable<BranchTally> branches = xlsx
                ? new XlsxBallotReader(Open, error => skipped.Add(new SkippedRow(error.Row, error.MessageIn(culture)))).Read(Copy(sheet))
                : new CsvBallotReader(Open, error => skipped.Add(new SkippedRow(error.LineNumber, error.MessageIn(culture)))).Read(Copy(sheet));
            foreach (var branch in branches)
            {
                var report = branch.Tally.ToReport(form.ResultRule ?? SuggestionRule.Default, null, ReportOptions.Default);
                reports.Add(TallyJson.SerializeReport(new BranchTallyReport(branch.Branch, report, CandidateSource.Csv, IssuedKnown: false), "request", culture));
            }
        }
        catch (InvalidDataException ex)
        {
            return Bodies.Problem(context, StatusCodes.Status400BadRequest, ServerText.Pick(culture, "The ballot sheet cannot be read", "测评票汇总表无法读取"),
                ex.MessageIn(culture));
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
