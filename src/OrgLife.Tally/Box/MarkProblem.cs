namespace OrgLife.Tally.Box;

/// <summary>A void mark on an accepted ballot, naming the ballot, the candidate and the criterion.</summary>
/// <param name="Code">The reason.</param>
/// <param name="Serial">The ballot's serial.</param>
/// <param name="Candidate">The candidate as written; null for the committee section.</param>
/// <param name="Criterion">The criterion as resolved or written.</param>
/// <param name="Message">A sentence for the operator.</param>
public sealed record MarkProblem(MarkProblemCode Code, string Serial, string? Candidate, string Criterion, string Message);
