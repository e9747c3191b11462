using OrgLife.Meetings;

namespace OrgLife.Json.Dto;

/// <summary><c>meeting.parts[i]</c>: one part of the meeting (committee, general meeting, a party group's session) and who attended it.</summary>
internal sealed record MeetingPartDto : JsonObjectDto
{
    public MeetingPartKind? Part { get; set; }

    public string? GroupId { get; set; }

    public AttendanceEntryDto?[]? Attendance { get; set; }
}
