namespace OrgLife.Partials.Json;

/// <summary>A row of a partial in the JSON document: the long layout's row keys and count, nulls left out.</summary>
internal sealed class PartialRowDto
{
    public string? Measure { get; set; }

    public string? VoterCategory { get; set; }

    public string? RejectionReason { get; set; }

    public string? CandidateId { get; set; }

    public int? CandidateOrder { get; set; }

    public string? Section { get; set; }

    public int? CriterionOrder { get; set; }

    public string? Criterion { get; set; }

    public bool? IsOverall { get; set; }

    public int? Level { get; set; }

    public string? LevelName { get; set; }

    public long Count { get; set; }
}
