using OrgLife.Grades;

namespace OrgLife.Tally.Reports;

/// <summary>What a suggestion rule gave for one candidate.</summary>
/// <param name="Grade">The suggested grade, or null (void or invalid assessment, no valid mark, unresolved tie, not evaluated).</param>
/// <param name="Value">The graded value (the rounded mean or weighted total) when the grade came from <see cref="ScoreGrading"/>; null otherwise.</param>
/// <param name="NotEvaluated">Why the rule could not be evaluated ("not evaluated: missing members present (实到)"), or null.</param>
public sealed record SuggestionOutcome(Grade? Grade, decimal? Value, string? NotEvaluated);
