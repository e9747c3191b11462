using OrgLife.Ids;

namespace OrgLife.Tally.Reports;

/// <summary>One candidate's place in a ranking.</summary>
/// <param name="Candidate">The member.</param>
/// <param name="Value">The measure (a count, a share, or the graded value), or null when it has none (no opinion, no graded value).</param>
/// <param name="Rank">Standard competition rank, 1 = best: tied candidates share a rank and the next rank skips (1, 2, 2, 4); candidates without a value come last, all at the same rank.</param>
public sealed record RankedCandidate(MemberId Candidate, decimal? Value, int Rank);
