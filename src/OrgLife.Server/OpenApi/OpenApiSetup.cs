using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace OrgLife.Server.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>: the endpoints as the framework describes them, plus the formats'
/// JSON Schemas as components (<see cref="JsonSchemas"/>) and, for endpoints that read their body themselves, the
/// request body with its media types and schema (<see cref="RequestBodySchemaAttribute"/>, with the parts of a multipart
/// body from <see cref="MultipartPartAttribute"/>), and for endpoints that write their JSON themselves the response's
/// schema (<see cref="ResponseBodySchemaAttribute"/>).
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
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                var bodies = metadata.OfType<RequestBodySchemaAttribute>().ToList();
                var parts = metadata.OfType<MultipartPartAttribute>().ToList();
                if (bodies.Count > 0)
                {
                    operation.RequestBody = new OpenApiRequestBody
                    {
                        Required = true,
                        Content = bodies.ToDictionary(
                            b => b.MediaType,
                            b => b.MediaType == Hosting.MediaTypes.FormData && parts.Count > 0 ? Multipart(parts, context.Document) : new OpenApiMediaType { Schema = Schema(b.Schema, context.Document) }),
                    };
                }

                foreach (var response in metadata.OfType<ResponseBodySchemaAttribute>())
                {
                    operation.Responses ??= [];
                    var status = response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (!operation.Responses.TryGetValue(status, out var described) || described is not OpenApiResponse body)
                    {
                        body = new OpenApiResponse { Description = "OK" };
                        operation.Responses[status] = body;
                    }

                    body.Content ??= new Dictionary<string, OpenApiMediaType>();
                    body.Content[response.MediaType] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(response.Schema, context.Document) };
                }

                return Task.CompletedTask;
            });
        });

    private static IOpenApiSchema Schema(string? name, OpenApiDocument? document) =>
        name is not null ? new OpenApiSchemaReference(name, document) : new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };

    // One object property per part; each part's media types go in the encoding, as OpenAPI describes multipart bodies.
    private static OpenApiMediaType Multipart(IReadOnlyList<MultipartPartAttribute> parts, OpenApiDocument? document) => new()
    {
        Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = parts.ToDictionary(p => p.Part, p => Schema(p.Schema, document)),
        },
        Encoding = parts.ToDictionary(p => p.Part, p => new OpenApiEncoding { ContentType = string.Join(", ", p.MediaTypes) }),
    };
}
