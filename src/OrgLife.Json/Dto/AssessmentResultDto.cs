using OrgLife.Grades;

namespace OrgLife.Json.Dto;

/// <summary><c>evaluation.assessmentResults[i]</c>: the ballots' outcome for one member.</summary>
internal sealed record AssessmentResultDto : JsonObjectDto
{
    public string? MemberId { get; set; }

    public Grade? LeadingGrade { get; set; }
}
