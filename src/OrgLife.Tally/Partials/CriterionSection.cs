namespace OrgLife.Tally.Partials;

/// <summary>Which section of the ballot form a criterion belongs to.</summary>
public enum CriterionSection
{
    /// <summary>The criteria asked for each graded candidate (<see cref="Forms.BallotForm.Criteria"/>).</summary>
    Candidate = 0,

    /// <summary>The committee section (<see cref="Forms.BallotForm.CommitteeCriteria"/>), asked once per ballot.</summary>
    Committee = 1,
}
