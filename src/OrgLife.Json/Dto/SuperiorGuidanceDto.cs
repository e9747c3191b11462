namespace OrgLife.Json.Dto;

/// <summary><c>meeting.superiorGuidance</c>: the superior organization's representative.</summary>
internal sealed record SuperiorGuidanceDto : JsonObjectDto
{
    public string? RepresentativeName { get; set; }

    public bool? IsTownshipOrStreetLeader { get; set; }

    public bool? Commented { get; set; }
}
