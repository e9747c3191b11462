using System.Text;
using NodaTime;
using OrgLife.Json;
using OrgLife.Json.Output;
using OrgLife.Rules;
using OrgLife.Rules.Catalogue;
using OrgLife.Server.Hosting;
using OrgLife.Server.OpenApi;
using OrgLife.Server.Problems;

namespace OrgLife.Server.Endpoints;

/// <summary>
/// <c>POST /api/validate</c> (one record, JSON) and <c>POST /api/validate/batch</c> (JSON Lines in, JSON Lines out,
/// streamed in input order), both read by <see cref="RecordReader"/> and validated by the DI-registered validator;
/// <c>GET /api/rules</c>, the catalogue.
/// </summary>
internal static class ValidationEndpoints
{
    public static void MapValidationEndpoints(this IEndpointRouteBuilder app, ServerOptions options)
    {
        app.MapPost("/api/validate", ValidateAsync)
            .WithName("Validate")
            .WithSummary("Validates one branch record")
            .WithDescription("Every rule's outcome with its findings (message in the request's language, JSON path, sources). A record that reads but breaks rules is a 200 report; one that does not read is a 400 problem naming the JSON path, line and column.")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(options.RecordBodyLimit), new RequestBodySchemaAttribute(SchemaNames.Record, MediaTypes.Json), new ResponseBodySchemaAttribute(StatusCodes.Status200OK, SchemaNames.Report, MediaTypes.Json))
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithTags("validation");
        app.MapPost("/api/validate/batch", ValidateBatchAsync)
            .WithName("ValidateBatch")
            .WithSummary("Validates records given one per line (JSON Lines), answering one report per line in input order, streamed")
            .WithDescription("A line that does not read gets a problem line ({\"kind\":\"problem\", \"line\": N, ...}) and the batch goes on.")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(options.BatchBodyLimit), new RequestBodySchemaAttribute(null, MediaTypes.JsonLines))
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.JsonLines)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithTags("validation")
            .WithRequestTimeout(TimeoutPolicies.Long);
        app.MapGet("/api/rules", (RuleCatalogue catalogue) =>
            {
                using var text = new StringWriter();
                ReportJson.WriteCatalogue(text, catalogue);
                return Results.Text(text.ToString(), MediaTypes.Json, Encoding.UTF8);
            })
            .WithName("ListRules")
            .WithSummary("The rule catalogue: every rule's descriptor, sources (citations) and messages")
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Json)
            .WithTags("catalogue");
    }

    private static async Task<IResult> ValidateAsync(HttpContext context, IOrgLifeValidator validator, IClock clock, CancellationToken cancellationToken)
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

        var report = validator.Validate(record, query.Policy, query.AsOf(record, clock), query.Culture);
        return Results.Text(ReportJson.Serialize(report, "request"), MediaTypes.Json, Encoding.UTF8);
    }

    private static async Task ValidateBatchAsync(HttpContext context, IOrgLifeValidator validator, IClock clock, CancellationToken cancellationToken)
    {
        if (Bodies.Require(context, MediaTypes.JsonLines, MediaTypes.JsonLinesAlternative) is { } unsupported)
        {
            await unsupported.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var query = RequestQuery.Read(context);
        if (query.Problem is { } bad)
        {
            await bad.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = MediaTypes.JsonLines + "; charset=utf-8";
        var output = context.Response.BodyWriter;
        await foreach (var line in RecordReader.ReadLinesAsync(context.Request.Body, cancellationToken).ConfigureAwait(false))
        {
            var text = line.Result.Record is { } record
                ? ReportJson.Serialize(validator.Validate(record, query.Policy, query.AsOf(record, clock), query.Culture), "request", line.Line)
                : RecordProblems.Line(context, line.Line, line.Result.Error!);
            await output.WriteAsync(Encoding.UTF8.GetBytes(text + "\n"), cancellationToken).ConfigureAwait(false);
        }
    }
}
