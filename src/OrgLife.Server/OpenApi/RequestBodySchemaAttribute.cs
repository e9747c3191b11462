namespace OrgLife.Server.OpenApi;

/// <summary>
/// Endpoint metadata: the endpoint reads its body itself (so it can answer 415 and name a JSON path) and this says,
/// for the OpenAPI document, which media type it accepts and which schema of <see cref="SchemaNames"/> that body follows.
/// </summary>
/// <param name="schema">A name of <see cref="SchemaNames"/>, or null for a body without a JSON Schema (CSV, xlsx, Parquet).</param>
/// <param name="mediaType">The media type.</param>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true)]
internal sealed class RequestBodySchemaAttribute(string? schema, string mediaType) : Attribute
{
    /// <summary>The schema's name, or null.</summary>
    public string? Schema { get; } = schema;

    /// <summary>The media type.</summary>
    public string MediaType { get; } = mediaType;
}
