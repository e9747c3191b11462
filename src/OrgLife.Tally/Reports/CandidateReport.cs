using System.Collections.Immutable;
using OrgLife.Grades;
using OrgLife.Ids;

namespace OrgLife.Tally.Reports;

/// <summary>The tally of one graded candidate.</summary>
/// <param name="Candidate">The member.</param>
/// <param name="Criteria">One report per criterion, in the form's order.</param>
public sealed record CandidateReport(MemberId Candidate, ImmutableArray<CriterionReport> Criteria)
{
    /// <summary>The suggested grade; null when the form has no overall criterion (and no weighted score grading) or no grade is suggested.</summary>
    public Grade? SuggestedGrade => Outcome is { } outcome ? outcome.Grade : Criteria.FirstOrDefault(c => c.Criterion.IsOverall)?.SuggestedGrade;

    /// <summary>The suggestion rule's outcome for the candidate: the grade, the graded value, or why it was not evaluated; null in reports made without a rule's outcome.</summary>
    public SuggestionOutcome? Outcome { get; init; }

    /// <summary>Equal when every value is (the arrays compared element by element).</summary>
    /// <param name="other">The other CandidateReport.</param>
    public bool Equals(CandidateReport? other) => other is not null && Candidate == other.Candidate && Criteria.SequenceEqual(other.Criteria) && Equals(Outcome, other.Outcome);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Candidate, Criteria.Length);
}
