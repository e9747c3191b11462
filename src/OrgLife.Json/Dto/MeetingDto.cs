using NodaTime;
using OrgLife.Meetings;

namespace OrgLife.Json.Dto;

/// <summary><c>meeting</c>: the meeting itself.</summary>
internal sealed record MeetingDto : JsonObjectDto
{
    public MeetingKind? Kind { get; set; }

    public MeetingForm? Form { get; set; }

    public bool? IsThematic { get; set; }

    public LocalDate? Date { get; set; }

    public LocalDateTime? Start { get; set; }

    public LocalDateTime? End { get; set; }

    public string? ChairId { get; set; }

    public AttendanceEntryDto?[]? Attendance { get; set; }

    public MeetingPartDto?[]? Parts { get; set; }

    public AgendaStep?[]? Agenda { get; set; }

    public string?[]? SelfExaminationOrder { get; set; }

    public RemarkDto?[]? Remarks { get; set; }

    public bool? SuperiorRepresentativeAttended { get; set; }

    public SuperiorGuidanceDto? SuperiorGuidance { get; set; }

    public bool? IsOnline { get; set; }

    public bool? MinutesKept { get; set; }

    public bool? EvaluationSplitIntoPartyGroups { get; set; }

    public int? ForYear { get; set; }

    public PostponementDto? Postponement { get; set; }
}
