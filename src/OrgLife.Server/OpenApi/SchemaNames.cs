namespace OrgLife.Server.OpenApi;

/// <summary>The names under <c>components/schemas</c> of the JSON Schemas the OpenAPI document carries.</summary>
internal static class SchemaNames
{
    /// <summary>A branch record (docs/record.schema.json).</summary>
    public const string Record = "BranchRecord";

    /// <summary>A policy file (docs/policy.schema.json).</summary>
    public const string Policy = "Policy";

    /// <summary>A ballot form (docs/form.schema.json).</summary>
    public const string Form = "BallotForm";

    /// <summary>A validation report (docs/report.schema.json).</summary>
    public const string Report = "ValidationReport";
}
