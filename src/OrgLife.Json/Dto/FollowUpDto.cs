using NodaTime;

namespace OrgLife.Json.Dto;

/// <summary><c>followUp</c>: what the branch did after the meeting.</summary>
internal sealed record FollowUpDto : JsonObjectDto
{
    public OccurrenceDto? ReportSubmitted { get; set; }

    public RectificationItemDto?[]? RectificationItems { get; set; }

    public OccurrenceDto? RectificationPublicized { get; set; }

    public LocalDate?[]? BranchProgressReports { get; set; }

    public MemberCommitmentReportDto?[]? MemberCommitmentReports { get; set; }

    public OccurrenceDto? ProblemListFiled { get; set; }

    public OccurrenceDto? RectificationListFiled { get; set; }

    public OccurrenceDto? EvaluationResultsFiled { get; set; }

    public OccurrenceDto? CompletionPublicized { get; set; }

    public OccurrenceDto? MeetingBriefed { get; set; }

    public OccurrenceDto? RecordsArchived { get; set; }
}
