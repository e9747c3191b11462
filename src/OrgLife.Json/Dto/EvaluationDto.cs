using OrgLife.Grades;

namespace OrgLife.Json.Dto;

/// <summary><c>evaluation</c>: the democratic evaluation of members.</summary>
internal sealed record EvaluationDto : JsonObjectDto
{
    public EvaluationStepDto?[]? Steps { get; set; }

    public AssessmentScale? BallotScale { get; set; }

    public bool? DeterminationUsedFourGrades { get; set; }

    public AssessmentResultDto?[]? AssessmentResults { get; set; }

    public string?[]? ExemptFromAssessment { get; set; }

    public DeterminationDto?[]? Determinations { get; set; }

    public OccurrenceDto? Publicity { get; set; }

    public OccurrenceDto? CommitteeRated { get; set; }

    public OccurrenceDto? RedoOrdered { get; set; }

    public OccurrenceDto? Redone { get; set; }
}
