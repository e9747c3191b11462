namespace OrgLife.Server.OpenApi;

/// <summary>
/// Endpoint metadata: one part of the endpoint's <c>multipart/form-data</c> body, for the OpenAPI document, which
/// describes the parts together as one object with a property per part.
/// </summary>
/// <param name="part">The part's name.</param>
/// <param name="schema">A name of <see cref="SchemaNames"/>, or null for a part without a JSON Schema (CSV, xlsx).</param>
/// <param name="mediaTypes">The media types the part may have.</param>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true)]
internal sealed class MultipartPartAttribute(string part, string? schema, params string[] mediaTypes) : Attribute
{
    /// <summary>The part's name.</summary>
    public string Part { get; } = part;

    /// <summary>The schema's name, or null.</summary>
    public string? Schema { get; } = schema;

    /// <summary>The media types.</summary>
    public IReadOnlyList<string> MediaTypes { get; } = mediaTypes;
}
