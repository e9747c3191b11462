using System.Collections.Immutable;
using OrgLife.Grades;
using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Reports;

/// <summary>The tally of one criterion for one candidate (or for the committee).</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Combined">All voter categories together.</param>
/// <param name="ByCategory">One entry per voter category, in the form's order; empty when the report's <see cref="AssessmentReport.CategoryBreakdownSuppressed"/> (OL405).</param>
/// <param name="SuggestedGrade">For the overall criterion, the grade suggested under the report's rule; null otherwise, when the assessment is void, on an unresolved tie or with no valid mark.</param>
public sealed record CriterionReport(Criterion Criterion, ColumnCounts Combined, ImmutableArray<ColumnCounts> ByCategory, Grade? SuggestedGrade)
{
    /// <summary>Equal when every value is (the arrays compared element by element).</summary>
    /// <param name="other">The other CriterionReport.</param>
    public bool Equals(CriterionReport? other) => other is not null && Criterion == other.Criterion && Combined == other.Combined && ByCategory.SequenceEqual(other.ByCategory) && SuggestedGrade == other.SuggestedGrade;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Criterion, Combined, ByCategory.Length, SuggestedGrade);
}
