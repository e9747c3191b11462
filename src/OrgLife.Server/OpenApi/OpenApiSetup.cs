using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace OrgLife.Server.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>: the endpoints as the framework describes them, plus the formats'
/// JSON Schemas as components (<see cref="JsonSchemas"/>) and, for endpoints that read their body themselves, the
/// request body with its media types and schema (<see cref="RequestBodySchemaAttribute"/>).
/// </summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddServerOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "OrgLife",
                    Version = "v1",
                    Description = "Validates Chinese party branches' 组织生活会 / 民主评议党员 records against the OrgLife rule catalogue, computes their schedules, tallies 民主测评 ballots and rolls up partial tallies. Errors are RFC 9457 problem details; messages follow Accept-Language (zh-CN by default, en). docs/server.md describes the contract.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
                foreach (var (name, json) in JsonSchemas.Components)
                {
                    var schema = OpenApiModelFactory.Parse<OpenApiSchema>(json, OpenApiSpecVersion.OpenApi3_1, document, out _, "json")
                        ?? throw new InvalidOperationException($"The schema {name} does not read as an OpenAPI schema.");
                    document.Components.Schemas[name] = schema;
                }

                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                var bodies = context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestBodySchemaAttribute>().ToList();
                if (bodies.Count > 0)
                {
                    operation.RequestBody = new OpenApiRequestBody
                    {
                        Required = true,
                        Content = bodies.ToDictionary(
                            b => b.MediaType,
                            b => new OpenApiMediaType { Schema = b.Schema is { } name ? new OpenApiSchemaReference(name, context.Document) : new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } }),
                    };
                }

                return Task.CompletedTask;
            });
        });
}
