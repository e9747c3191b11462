using NodaTime;

namespace OrgLife.Json.Dto;

/// <summary><c>meeting.postponement</c>: a postponement the superior approved, with its new date.</summary>
internal sealed record PostponementDto : JsonObjectDto
{
    public LocalDate? NewDeadline { get; set; }

    public LocalDate? ApprovedOn { get; set; }
}
