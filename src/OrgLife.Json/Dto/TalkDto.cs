using NodaTime;

namespace OrgLife.Json.Dto;

/// <summary><c>preparation.talks[i]</c>: a talk between two members.</summary>
internal sealed record TalkDto : JsonObjectDto
{
    public string? First { get; set; }

    public string? Second { get; set; }

    public LocalDate? Date { get; set; }
}
