namespace OrgLife.Json.Dto;

/// <summary><c>preparation</c>: what the branch did before the meeting.</summary>
internal sealed record PreparationDto : JsonObjectDto
{
    public OccurrenceDto? StudySession { get; set; }

    public OccurrenceDto? OpinionsSolicited { get; set; }

    public TalkDto?[]? Talks { get; set; }

    public OccurrenceDto? MemberNotice { get; set; }

    public OccurrenceDto? SuperiorNotice { get; set; }

    public OccurrenceDto? PlanSubmitted { get; set; }

    public OccurrenceDto? CommitteeProblemList { get; set; }

    public string?[]? MemberProblemLists { get; set; }

    public OccurrenceDto? SpeechOutlinesWritten { get; set; }

    public OccurrenceDto? SpeechOutlinesReviewed { get; set; }

    public OccurrenceDto? OpinionsFedBack { get; set; }

    public OccurrenceDto? OpinionsReportedToSuperior { get; set; }
}
