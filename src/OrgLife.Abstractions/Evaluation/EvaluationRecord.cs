using System.Collections.Immutable;
using OrgLife.Grades;
using OrgLife.Ids;
using OrgLife.Records;

namespace OrgLife.Evaluation;

/// <summary>
/// 民主评议党员 — the democratic evaluation of members (rules OL3xx): its steps, the ballots'
/// outcome, the determinations and what followed. Every part is optional: null means "not recorded".
/// </summary>
public sealed record EvaluationRecord
{
    /// <summary>The evaluation steps in the order they took place.</summary>
    public ImmutableArray<EvaluationStepRecord>? Steps { get; init; }

    /// <summary>The scale the assessment ballot used for the overall rating.</summary>
    public AssessmentScale? BallotScale
    {
        get;
        init => field = value is null || Enum.IsDefined(value.Value) ? value : throw new ArgumentOutOfRangeException(nameof(BallotScale), value, "EvaluationRecord.BallotScale: unknown scale.");
    }

    /// <summary>The grade scale the determinations used; the rules require the four grades (OL311).</summary>
    public bool? DeterminationUsedFourGrades { get; init; }

    /// <summary>The ballots' outcome per member.</summary>
    public ImmutableArray<AssessmentResult>? AssessmentResults { get; init; }

    /// <summary>Members left out of the democratic assessment (可不参加民主测评).</summary>
    public ImmutableArray<MemberId>? ExemptFromAssessment { get; init; }

    /// <summary>The determinations, one per member determined.</summary>
    public ImmutableArray<Determination>? Determinations { get; init; }

    /// <summary>公示 — the determinations were made public within a scope.</summary>
    public Occurrence? Publicity { get; init; }

    /// <summary>
    /// 责令重新进行 — whether the superior found the evaluation 失真失实 and ordered it redone (OL312): happened = ordered,
    /// not happened = recorded as not ordered, null = not recorded.
    /// </summary>
    public Occurrence? RedoOrdered { get; init; }

    /// <summary>重新评议 — the evaluation was redone after the superior's order (OL312).</summary>
    public Occurrence? Redone { get; init; }

    /// <summary>评议班子 — members rated the branch committee's work and style.</summary>
    public Occurrence? CommitteeRated { get; init; }
}
