using OrgLife.Tally.Box;

namespace OrgLife.Tally.Partials;

/// <summary>
/// One count of a partial tally in the long layout (docs/partial-tally-format.md): a measure, the keys it is
/// counted under (each null where it does not apply) and the count. Rows carry no serial and no voter (OL405);
/// rows with equal keys add up, so any engine merges partials with SUM … GROUP BY.
/// </summary>
/// <param name="Measure">What is counted.</param>
/// <param name="Count">The count; never negative.</param>
public sealed record TallyRow(TallyMeasure Measure, long Count)
{
    /// <summary>The voter category's name (Accepted, VoidedBallots, Mark, Abstention, VoidMark and their WithoutRules forms).</summary>
    public string? VoterCategory { get; init; }

    /// <summary>The rejection reason (Rejected).</summary>
    public RejectionCode? RejectionReason { get; init; }

    /// <summary>The candidate's member ID (GradedCandidate, IgnoredProbationaryMarks, and candidate-section marks).</summary>
    public string? Candidate { get; init; }

    /// <summary>The candidate's 0-based position among the graded, or among the probationary, candidates.</summary>
    public int? CandidateOrder { get; init; }

    /// <summary>The criterion's section (Mark, Abstention, VoidMark).</summary>
    public CriterionSection? Section { get; init; }

    /// <summary>The criterion's 0-based position in its section of the form; for VoidedBallotsByRule and VoidedSections, the validity rule's 0-based position in the form's rules.</summary>
    public int? CriterionOrder { get; init; }

    /// <summary>The criterion's name, as on the form; for VoidedBallotsByRule and VoidedSections, the validity rule's name.</summary>
    public string? Criterion { get; init; }

    /// <summary>True when the criterion is the form's overall grade.</summary>
    public bool? IsOverall { get; init; }

    /// <summary>The scale level, 1 = best (Mark); on a score scale, score − min + 1.</summary>
    public int? Level { get; init; }

    /// <summary>The level's printed name (on a score scale, the score), for readers without the form.</summary>
    public string? LevelName { get; init; }
}
