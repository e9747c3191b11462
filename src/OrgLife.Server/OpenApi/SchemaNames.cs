namespace OrgLife.Server.OpenApi;

/// <summary>The names under <c>components/schemas</c> of the JSON Schemas the OpenAPI document carries.</summary>
internal static class SchemaNames
{
    /// <summary>A branch record (docs/record.schema.json).</summary>
    public const string Record = "BranchRecord";
}
