using OrgLife.Evaluation;
using OrgLife.Grades;

namespace OrgLife.Json.Dto;

/// <summary><c>evaluation.determinations[i]</c>: the organization's determination for one member.</summary>
internal sealed record DeterminationDto : JsonObjectDto
{
    public string? MemberId { get; set; }

    public Grade? Grade { get; set; }

    public string? Reason { get; set; }

    public bool? FeedbackGiven { get; set; }

    public GradeFollowUp?[]? FollowUps { get; set; }
}
