using System.Collections.Immutable;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// The counts of one branch's assessment block: per column (candidate × criterion) the blanks, each level and the
/// void marks. Immutable; small enough to convert into the ballot box's report types.
/// </summary>
/// <param name="BranchId">The branch (党支部) ID.</param>
/// <param name="BallotCount">Ballots counted.</param>
/// <param name="CandidateCount">Candidates.</param>
/// <param name="CriteriaPerCandidate">Columns per candidate.</param>
/// <param name="LevelCount">Levels of the widest criterion.</param>
/// <param name="CriterionLevelCounts">Each criterion's own level count.</param>
/// <param name="Counts">
/// <c>columns × (LevelCount + 2)</c> counts, column <c>candidate × criteria + criterion</c> at <c>column × (LevelCount + 2)</c>:
/// blank, levels 1…LevelCount, void. A criterion with fewer levels than the widest has 0 in the levels above its own:
/// such codes are void for it and counted there.
/// </param>
public sealed record BranchTally(long BranchId, int BallotCount, int CandidateCount, int CriteriaPerCandidate, int LevelCount, ImmutableArray<byte> CriterionLevelCounts, ImmutableArray<long> Counts)
{
    /// <summary>Gets the number of columns: candidates × criteria.</summary>
    public int ColumnCount => CandidateCount * CriteriaPerCandidate;

    /// <summary>Returns the counts of one candidate's criterion: blank, levels 1…<see cref="LevelCount"/>, void.</summary>
    /// <param name="candidate">0 … <see cref="CandidateCount"/> − 1.</param>
    /// <param name="criterion">0 … <see cref="CriteriaPerCandidate"/> − 1.</param>
    public ReadOnlySpan<long> CountsOf(int candidate, int criterion)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(candidate);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(candidate, CandidateCount);
        ArgumentOutOfRangeException.ThrowIfNegative(criterion);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(criterion, CriteriaPerCandidate);
        var stride = LevelCount + 2;
        return Counts.AsSpan().Slice(((candidate * CriteriaPerCandidate) + criterion) * stride, stride);
    }
}
