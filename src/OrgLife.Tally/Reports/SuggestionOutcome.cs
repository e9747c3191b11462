using System.Globalization;
using OrgLife.Grades;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Reports;

/// <summary>What a suggestion rule gave for one candidate.</summary>
/// <param name="Grade">The suggested grade, or null (void or invalid assessment, no valid mark, unresolved tie, not evaluated).</param>
/// <param name="Value">The graded value (the rounded mean or weighted total) when the grade came from <see cref="ScoreGrading"/>; null otherwise.</param>
/// <param name="Why">Why the rule gave no grade ("not evaluated: missing members present (实到)"), as a message in either culture; or null.</param>
public sealed record SuggestionOutcome(Grade? Grade, decimal? Value, TallyMessage? Why)
{
    /// <summary>Why the rule gave no grade, in English; or null.</summary>
    public string? NotEvaluated => Why?.ToString();

    /// <summary>Why the rule gave no grade, in <paramref name="culture"/> (Simplified Chinese for any <c>zh</c> culture); or null.</summary>
    /// <param name="culture">The caller's culture.</param>
    public string? NotEvaluatedIn(CultureInfo culture) => Why?.In(culture);
}
