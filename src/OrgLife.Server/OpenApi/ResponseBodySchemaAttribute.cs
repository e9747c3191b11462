namespace OrgLife.Server.OpenApi;

/// <summary>
/// Endpoint metadata: the endpoint writes its response itself (already serialized JSON) and this says, for the OpenAPI
/// document, which schema of <see cref="SchemaNames"/> the body of <see cref="Status"/> follows.
/// </summary>
/// <param name="status">The response's status code.</param>
/// <param name="schema">A name of <see cref="SchemaNames"/>.</param>
/// <param name="mediaType">The media type.</param>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true)]
internal sealed class ResponseBodySchemaAttribute(int status, string schema, string mediaType) : Attribute
{
    /// <summary>The status code.</summary>
    public int Status { get; } = status;

    /// <summary>The schema's name.</summary>
    public string Schema { get; } = schema;

    /// <summary>The media type.</summary>
    public string MediaType { get; } = mediaType;
}
