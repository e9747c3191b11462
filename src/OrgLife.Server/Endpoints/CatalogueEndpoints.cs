using OrgLife.Rules.DependencyInjection;
using OrgLife.Rules.Policies;

namespace OrgLife.Server.Endpoints;

/// <summary><c>GET /api/policies</c>: the policy presets, each knob with its value and the sentence of the document it comes from.</summary>
internal static class CatalogueEndpoints
{
    public static void MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/policies", (IOrgLifePolicyProvider configured) => TypedResults.Ok(new PolicyListDocument(
                [.. PolicyPresets.All.Select(p => new PolicyPresetDocument(p.Name, [.. PolicyPresets.Describe(p)]))],
                configured.Default.Name,
                [.. configured.Names.Select(name => new ConfiguredPolicyDocument(name, configured.Get(name).Name))])))
            .WithName("ListPolicies")
            .WithSummary("The policy presets (national default, one per source document, the collection) and the policies configured for tenants")
            .WithDescription("Each preset's name and each configured policy's name (the values of the policy parameter of validate and schedule); every preset's knobs with their values and sources.")
            .WithTags("catalogue");
    }
}

/// <summary>The policy presets and the configured policies.</summary>
/// <param name="Policies">One entry per preset; the first is the national default.</param>
/// <param name="DefaultPolicy">The name reports show for the configured default policy (<c>OrgLife:Policy</c>), used when a request names none.</param>
/// <param name="Configured">The named policies of <c>OrgLife:Policies</c>, one per tenant or province.</param>
internal sealed record PolicyListDocument(PolicyPresetDocument[] Policies, string DefaultPolicy, ConfiguredPolicyDocument[] Configured);

/// <summary>A policy configured for a tenant or province.</summary>
/// <param name="Name">Its key under <c>OrgLife:Policies</c>: the value of the policy parameter.</param>
/// <param name="PolicyName">The name its reports show.</param>
internal sealed record ConfiguredPolicyDocument(string Name, string PolicyName);

/// <summary>One preset.</summary>
/// <param name="Name">The preset's name, e.g. <c>national</c>, <c>village-2019</c>.</param>
/// <param name="Values">Every knob with its value and source.</param>
internal sealed record PolicyPresetDocument(string Name, PresetValue[] Values);
