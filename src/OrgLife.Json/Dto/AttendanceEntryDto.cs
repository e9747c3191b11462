using OrgLife.Meetings;

namespace OrgLife.Json.Dto;

/// <summary><c>meeting.attendance[i]</c>: one member's attendance.</summary>
internal sealed record AttendanceEntryDto : JsonObjectDto
{
    public string? MemberId { get; set; }

    public bool? Present { get; set; }

    public ParticipationMode? ParticipatedBy { get; set; }

    public bool? SitsIn { get; set; }

    public bool? LeaveRequestedInAdvance { get; set; }

    public bool? WrittenStatementEntered { get; set; }

    public bool? BriefedAfterwards { get; set; }
}
