using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace OrgLife.Partials;

/// <summary>
/// One row of the long layout as files and stores hold it (docs/partial-tally-format.md, version 1): the partial's
/// keys (assessment, branch, organization levels), the row's keys and the count. Column names are the JSON names.
/// </summary>
public sealed class PartialRecord
{
    /// <summary>The format version, <see cref="PartialFormat.Version"/>.</summary>
    [JsonPropertyName("format_version")]
    [ParquetRequired]
    public int FormatVersion { get; set; } = PartialFormat.Version;

    /// <summary>The assessment's ID.</summary>
    [JsonPropertyName("assessment_id")]
    [ParquetRequired]
    public string AssessmentId { get; set; } = string.Empty;

    /// <summary>The branch's ID.</summary>
    [JsonPropertyName("branch_id")]
    [ParquetRequired]
    public string BranchId { get; set; } = string.Empty;

    /// <summary>Organization level 1 (the top, e.g. the province); null when the path is shorter.</summary>
    [JsonPropertyName("org_1")]
    public string? Org1 { get; set; }

    /// <summary>Organization level 2 (e.g. the city).</summary>
    [JsonPropertyName("org_2")]
    public string? Org2 { get; set; }

    /// <summary>Organization level 3 (e.g. the county).</summary>
    [JsonPropertyName("org_3")]
    public string? Org3 { get; set; }

    /// <summary>Organization level 4 (e.g. the 党委).</summary>
    [JsonPropertyName("org_4")]
    public string? Org4 { get; set; }

    /// <summary>Organization level 5.</summary>
    [JsonPropertyName("org_5")]
    public string? Org5 { get; set; }

    /// <summary>Organization level 6.</summary>
    [JsonPropertyName("org_6")]
    public string? Org6 { get; set; }

    /// <summary>Organization level 7.</summary>
    [JsonPropertyName("org_7")]
    public string? Org7 { get; set; }

    /// <summary>Organization level 8.</summary>
    [JsonPropertyName("org_8")]
    public string? Org8 { get; set; }

    /// <summary>The measure's text (<see cref="PartialFormat.MeasureText"/>).</summary>
    [JsonPropertyName("measure")]
    [ParquetRequired]
    public string Measure { get; set; } = string.Empty;

    /// <summary>The voter category's name.</summary>
    [JsonPropertyName("voter_category")]
    public string? VoterCategory { get; set; }

    /// <summary>The rejection reason (<c>duplicate-serial</c> …).</summary>
    [JsonPropertyName("rejection_reason")]
    public string? RejectionReason { get; set; }

    /// <summary>The candidate's member ID.</summary>
    [JsonPropertyName("candidate_id")]
    public string? CandidateId { get; set; }

    /// <summary>The candidate's 0-based order.</summary>
    [JsonPropertyName("candidate_order")]
    public int? CandidateOrder { get; set; }

    /// <summary>The criterion's section: <c>candidate</c> or <c>committee</c>.</summary>
    [JsonPropertyName("section")]
    public string? Section { get; set; }

    /// <summary>The criterion's 0-based order in its section.</summary>
    [JsonPropertyName("criterion_order")]
    public int? CriterionOrder { get; set; }

    /// <summary>The criterion's name.</summary>
    [JsonPropertyName("criterion")]
    public string? Criterion { get; set; }

    /// <summary>True for the form's overall grade.</summary>
    [JsonPropertyName("is_overall")]
    public bool? IsOverall { get; set; }

    /// <summary>The scale level, 1 = best.</summary>
    [JsonPropertyName("level")]
    public int? Level { get; set; }

    /// <summary>The level's printed name.</summary>
    [JsonPropertyName("level_name")]
    public string? LevelName { get; set; }

    /// <summary>The count.</summary>
    [JsonPropertyName("count")]
    [ParquetRequired]
    public long Count { get; set; }

    /// <summary>The organization levels as an array of <see cref="PartialFormat.OrganizationLevels"/> entries.</summary>
    /// <returns>Level 1 first; null where the path ends.</returns>
    public string?[] OrganizationLevels() => [Org1, Org2, Org3, Org4, Org5, Org6, Org7, Org8];

    /// <summary>One organization level, 0-based (0 = <c>org_1</c>), without building the array.</summary>
    internal string? OrganizationLevel(int index) => index switch
    {
        0 => Org1,
        1 => Org2,
        2 => Org3,
        3 => Org4,
        4 => Org5,
        5 => Org6,
        6 => Org7,
        _ => Org8,
    };

    /// <summary>Sets the organization levels from a path of at most <see cref="PartialFormat.OrganizationLevels"/> entries.</summary>
    /// <param name="path">The path from the top.</param>
    public void SetOrganizationLevels(IReadOnlyList<string> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string? At(int i) => i < path.Count ? path[i] : null;
        (Org1, Org2, Org3, Org4, Org5, Org6, Org7, Org8) = (At(0), At(1), At(2), At(3), At(4), At(5), At(6), At(7));
    }
}
