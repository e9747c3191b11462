using NodaTime;

namespace OrgLife.Json.Dto;

/// <summary>A step that took place or not: <c>{ "happened": true, "date": "2026-12-01" }</c>.</summary>
internal sealed record OccurrenceDto : JsonObjectDto
{
    public bool? Happened { get; set; }

    public LocalDate? Date { get; set; }
}
