using NodaTime;
using OrgLife.Evaluation;

namespace OrgLife.Json.Dto;

/// <summary><c>evaluation.steps[i]</c>: one evaluation step as it took place.</summary>
internal sealed record EvaluationStepDto : JsonObjectDto
{
    public EvaluationStep? Step { get; set; }

    public LocalDate? Date { get; set; }
}
