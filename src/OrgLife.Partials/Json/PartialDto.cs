using System.Text.Json;

namespace OrgLife.Partials.Json;

/// <summary>One partial in the JSON document: its keys, its ballot form and its rows.</summary>
internal sealed class PartialDto
{
    public string? AssessmentId { get; set; }

    public string? BranchId { get; set; }

    public string?[]? OrganizationPath { get; set; }

    public JsonElement? Form { get; set; }

    public PartialRowDto?[]? Rows { get; set; }
}
