using OrgLife.Members;

namespace OrgLife.Json.Dto;

/// <summary><c>branch.members[i].attendanceExclusion</c>: an approved exclusion from the number due to attend.</summary>
internal sealed record AttendanceExclusionDto : JsonObjectDto
{
    public AttendanceExclusionReason? Reason { get; set; }

    public string? Note { get; set; }
}
