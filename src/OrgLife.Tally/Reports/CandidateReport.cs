using System.Collections.Immutable;
using OrgLife.Grades;
using OrgLife.Ids;

namespace OrgLife.Tally.Reports;

/// <summary>The tally of one graded candidate.</summary>
/// <param name="Candidate">The member.</param>
/// <param name="Criteria">One report per criterion, in the form's order.</param>
public sealed record CandidateReport(MemberId Candidate, ImmutableArray<CriterionReport> Criteria)
{
    /// <summary>The suggested grade from the form's overall criterion; null when the form has none or no grade is suggested.</summary>
    public Grade? SuggestedGrade => Criteria.FirstOrDefault(c => c.Criterion.IsOverall)?.SuggestedGrade;
}
