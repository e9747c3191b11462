using System.Text;
using NodaTime;
using OrgLife.Json;
using OrgLife.Json.Output;
using OrgLife.Json.Policies;
using OrgLife.Rules;
using OrgLife.Rules.Catalogue;
using OrgLife.Server.Hosting;
using OrgLife.Server.OpenApi;
using OrgLife.Server.Problems;

namespace OrgLife.Server.Endpoints;

/// <summary>
/// <c>POST /api/validate</c> (one record, JSON) and <c>POST /api/validate/batch</c> (JSON Lines in, JSON Lines out,
/// streamed in input order), both read by <see cref="RecordReader"/> and validated by the DI-registered validator;
/// <c>GET /api/rules</c>, the catalogue. A single record may come with a policy file of its own: a multipart body with
/// the parts <c>record</c> and <c>policy</c> (read by <see cref="PolicyJson"/>).
/// </summary>
internal static class ValidationEndpoints
{
    public static void MapValidationEndpoints(this IEndpointRouteBuilder app, ServerOptions options)
    {
        app.MapPost("/api/validate", ValidateAsync)
            .WithName("Validate")
            .WithSummary("Validates one branch record")
            .WithDescription("Every rule's outcome with its findings (message in the request's language, JSON path, sources). A record that reads but breaks rules is a 200 report; one that does not read is a 400 problem naming the JSON path, line and column.")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(options.RecordBodyLimit), new RequestBodySchemaAttribute(SchemaNames.Record, MediaTypes.Json), new ResponseBodySchemaAttribute(StatusCodes.Status200OK, SchemaNames.Report, MediaTypes.Json),
                new RequestBodySchemaAttribute(null, MediaTypes.FormData), new MultipartPartAttribute("record", SchemaNames.Record, MediaTypes.Json), new MultipartPartAttribute("policy", SchemaNames.Policy, MediaTypes.Json))
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
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
        if (Bodies.Require(context, MediaTypes.Json, MediaTypes.FormData) is { } unsupported)
        {
            return unsupported;
        }

        var query = RequestQuery.Read(context);
        if (query.Problem is { } bad)
        {
            return bad;
        }

        var policy = query.Policy;
        var body = context.Request.Body;
        if (Bodies.Is(context, MediaTypes.FormData))
        {
            var culture = query.Culture;
            IFormCollection parts;
            try
            {
                parts = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException ex)
            {
                return Bodies.Problem(context, StatusCodes.Status400BadRequest, null, ex.Message);
            }

            if (Bodies.Part(parts, "policy") is { } policyPart)
            {
                if (context.Request.Query.ContainsKey("policy"))
                {
                    return Bodies.Problem(context, StatusCodes.Status400BadRequest, null, ServerText.Pick(culture,
                        "policy: name a policy (?policy=) or post one (part policy), not both.",
                        "policy：请指定政策名称（?policy=）或上传政策文件（policy 部分），二者只能选一。"));
                }

                PolicyReadResult posted;
                await using (policyPart.ConfigureAwait(false))
                {
                    posted = await PolicyJson.ReadAsync(policyPart, cancellationToken).ConfigureAwait(false);
                }

                if (posted.Policy is not { } postedPolicy)
                {
                    return RecordProblems.Unreadable(context, posted.Error!, StatusCodes.Status422UnprocessableEntity, ServerText.Pick(culture, "The policy cannot be read", "政策文件无法读取"));
                }

                policy = postedPolicy;
            }

            if (Bodies.Part(parts, "record") is not { } recordPart)
            {
                return Bodies.Problem(context, StatusCodes.Status400BadRequest, null, ServerText.Pick(culture,
                    "record: a multipart body needs the record as a part named record (application/json).",
                    "record：multipart 请求须包含名为 record 的记录部分（application/json）。"));
            }

            body = recordPart;
        }

        // A part's stream is the request's buffered form, released with the request like the body itself.
        var read = await RecordReader.ReadAsync(body, cancellationToken).ConfigureAwait(false);

        if (read.Record is not { } record)
        {
            return RecordProblems.Unreadable(context, read.Error!);
        }

        var report = validator.Validate(record, policy, query.AsOf(record, clock), query.Culture);
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
