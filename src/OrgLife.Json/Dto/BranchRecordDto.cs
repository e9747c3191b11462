using NodaTime;

namespace OrgLife.Json.Dto;

/// <summary>The whole record: <c>branch</c>, <c>preparation</c>, <c>meeting</c>, <c>evaluation</c>, <c>followUp</c>, <c>earlierMeetingDates</c>; each optional.</summary>
internal sealed record BranchRecordDto : JsonObjectDto
{
    public BranchDto? Branch { get; set; }

    public PreparationDto? Preparation { get; set; }

    public MeetingDto? Meeting { get; set; }

    public EvaluationDto? Evaluation { get; set; }

    public FollowUpDto? FollowUp { get; set; }

    public LocalDate?[]? EarlierMeetingDates { get; set; }
}
