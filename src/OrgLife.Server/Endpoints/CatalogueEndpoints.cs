using OrgLife.Rules.Policies;

namespace OrgLife.Server.Endpoints;

/// <summary><c>GET /api/policies</c>: the policy presets, each knob with its value and the sentence of the document it comes from.</summary>
internal static class CatalogueEndpoints
{
    public static void MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/policies", () => TypedResults.Ok(new PolicyListDocument([.. PolicyPresets.All.Select(p => new PolicyPresetDocument(p.Name, [.. PolicyPresets.Describe(p)]))])))
            .WithName("ListPolicies")
            .WithSummary("The policy presets (national default, one per source document, the collection)")
            .WithDescription("Each preset's name (the value of the policy parameter of validate and schedule) and every knob with its value and source.")
            .WithTags("catalogue");
    }
}

/// <summary>The policy presets.</summary>
/// <param name="Policies">One entry per preset; the first is the national default.</param>
internal sealed record PolicyListDocument(PolicyPresetDocument[] Policies);

/// <summary>One preset.</summary>
/// <param name="Name">The preset's name, e.g. <c>national</c>, <c>village-2019</c>.</param>
/// <param name="Values">Every knob with its value and source.</param>
internal sealed record PolicyPresetDocument(string Name, PresetValue[] Values);
