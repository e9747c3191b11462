using NodaTime;

namespace OrgLife.Json.Dto;

/// <summary><c>followUp.rectificationItems[i]</c>: one item of the rectification list.</summary>
internal sealed record RectificationItemDto : JsonObjectDto
{
    public string? Id { get; set; }

    public string? Matter { get; set; }

    public string? Measures { get; set; }

    public string? Responsible { get; set; }

    public LocalDate? Deadline { get; set; }
}
