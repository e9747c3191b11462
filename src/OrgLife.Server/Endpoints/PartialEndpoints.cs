using Microsoft.AspNetCore.Mvc;
using System.Collections.Immutable;
using OrgLife.Partials;
using OrgLife.Server.Hosting;
using OrgLife.Server.OpenApi;
using OrgLife.Server.Problems;
using OrgLife.Server.Store;

namespace OrgLife.Server.Endpoints;

/// <summary>
/// Partial tallies (docs/partial-tally-format.md): <c>POST /api/partials</c> stores a file of them (JSON or Parquet),
/// idempotent per assessment and branch; <c>GET /api/partials/{assessment}/rollup?depth=N</c> sums an assessment by
/// the first N organization levels in the store's SQL.
/// </summary>
internal static class PartialEndpoints
{
    public static void MapPartialEndpoints(this IEndpointRouteBuilder app, ServerOptions options)
    {
        app.MapPost("/api/partials", SubmitAsync)
            .WithName("SubmitPartials")
            .WithSummary("Stores partial tallies (JSON or Parquet), replacing earlier ones of the same assessment and branch")
            .WithMetadata(new RequestSizeLimitAttribute(options.PartialBodyLimit))
            .WithMetadata(new RequestBodySchemaAttribute(null, MediaTypes.Json), new RequestBodySchemaAttribute(null, MediaTypes.Parquet))
            .WithRequestTimeout(TimeoutPolicies.Long)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithTags("partials");
        app.MapGet("/api/partials/{assessment}/rollup", RollUpAsync)
            .WithName("RollUpPartials")
            .WithSummary("Sums an assessment's stored partials by the first depth organization levels")
            .WithRequestTimeout(TimeoutPolicies.Long)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithTags("partials");
    }

    private static async Task<IResult> SubmitAsync(HttpContext context, PartialStoreProvider stores, CancellationToken cancellationToken)
    {
        if (Bodies.Require(context, MediaTypes.Json, MediaTypes.Parquet) is { } unsupported)
        {
            return unsupported;
        }

        PartialReadResult read;
        if (Bodies.Is(context, MediaTypes.Parquet))
        {
            // Parquet's footer is at the end: the body is buffered (within the endpoint's limit) to seek in it.
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            buffer.Position = 0;
            read = await PartialParquet.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            using var reader = new StreamReader(context.Request.Body, System.Text.Encoding.UTF8);
            read = PartialJson.Parse(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
        }

        if (!read.Errors.IsDefaultOrEmpty)
        {
            return Bodies.Problem(context, StatusCodes.Status400BadRequest, ServerText.Pick(ServerText.Culture(context), "The partial tallies cannot be read", "部分计票结果无法读取"), string.Join("; ", read.Errors), ("errors", read.Errors));
        }

        var stored = await Bodies.WithStoreAsync(context, stores, (store, token) => store.SubmitAsync(read.Partials, null, token), cancellationToken).ConfigureAwait(false);
        return stored.Result ?? TypedResults.Ok(new PartialSubmission(read.Partials.Length, stored.Value, [.. read.Partials.Select(p => p.AssessmentId).Distinct(StringComparer.Ordinal)]));
    }

    private static async Task<IResult> RollUpAsync(HttpContext context, string assessment, int? depth, PartialStoreProvider stores, CancellationToken cancellationToken)
    {
        if (depth is < 0 or > PartialFormat.OrganizationLevels)
        {
            return Bodies.Problem(context, StatusCodes.Status400BadRequest, null, ServerText.Pick(ServerText.Culture(context),
                $"depth is the number of organization levels to group by, from 0 (one total) to {PartialFormat.OrganizationLevels}; not {depth}.",
                $"depth 为分组的组织层级数，取值 0（总计）到 {PartialFormat.OrganizationLevels}，而不是 {depth}。"));
        }

        var levels = await Bodies.WithStoreAsync(context, stores, (store, token) => store.RollUpAsync(assessment, depth ?? 0, cancellationToken: token), cancellationToken).ConfigureAwait(false);
        return levels.Result ?? TypedResults.Ok(new RollUpDocument(assessment, depth ?? 0, [.. levels.Value]));
    }
}

/// <summary>What a submission stored.</summary>
/// <param name="Partials">The number of partial tallies stored.</param>
/// <param name="Rows">The rows they took in the store.</param>
/// <param name="Assessments">The assessments they belong to.</param>
internal sealed record PartialSubmission(long Partials, long Rows, string[] Assessments);

/// <summary>An assessment summed by organization level.</summary>
/// <param name="Assessment">The assessment.</param>
/// <param name="Depth">How many organization levels the groups span.</param>
/// <param name="Levels">One entry per group, ordered by organization path.</param>
internal sealed record RollUpDocument(string Assessment, int Depth, ImmutableArray<LevelTotals> Levels);
