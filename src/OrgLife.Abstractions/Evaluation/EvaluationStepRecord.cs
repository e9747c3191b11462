using NodaTime;

namespace OrgLife.Evaluation;

/// <summary>One evaluation step as it took place; a record lists them in the order they happened.</summary>
/// <param name="Step">The step.</param>
/// <param name="Date">When it took place; null when not recorded.</param>
public sealed record EvaluationStepRecord(EvaluationStep Step, LocalDate? Date = null)
{
    /// <summary>The step.</summary>
    public EvaluationStep Step
    {
        get;
        init => field = Checked(value);
    } = Checked(Step);

    private static EvaluationStep Checked(EvaluationStep step)
        => Enum.IsDefined(step) ? step : throw new ArgumentOutOfRangeException(nameof(Step), step, "EvaluationStepRecord.Step: unknown evaluation step.");
}
