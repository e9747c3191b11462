using System.Collections.Immutable;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// The raw counts of one branch's block of a binary ballot file: per column (candidate × criterion) the blanks, each
/// level and the void marks. Immutable. <see cref="ToAssessmentTally(BallotForm, AssessmentCandidates, long)"/> turns it
/// into the tally model's <see cref="AssessmentTally"/> (reports, merging, roll-ups).
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
public sealed record BinaryBranchCounts(long BranchId, int BallotCount, int CandidateCount, int CriteriaPerCandidate, int LevelCount, ImmutableArray<byte> CriterionLevelCounts, ImmutableArray<long> Counts)
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

    /// <summary>
    /// The block as an assessment tally: every ballot accepted in the form's first voter category (the binary format
    /// records no category), nothing rejected. It equals the tally of a <see cref="BallotBox"/> given the same rows
    /// with <see cref="BallotBox.AddCodedBlock"/> and no serials — for a form without validity rules and whose
    /// categories are asked every column (those need each row: give the rows to a box, as the roll-up does).
    /// </summary>
    /// <param name="form">A form whose criteria have exactly the block's level counts, in order, and no committee section.</param>
    /// <param name="candidates">Candidates with exactly <see cref="CandidateCount"/> graded members, in column order.</param>
    /// <param name="issued">Ballots issued (the file does not record it; OL401 compares it with the ballots returned).</param>
    /// <exception cref="ArgumentException">The form or the candidates do not fit the block.</exception>
    public AssessmentTally ToAssessmentTally(BallotForm form, AssessmentCandidates candidates, long issued)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegative(issued);
        BinaryAssessmentMap.CheckFits(form, candidates, CriterionLevelCounts.AsSpan(), CandidateCount, BranchId);

        var zeros = ImmutableArray.Create(new long[Counts.Length]);
        var accepted = new long[form.VoterCategories.Length];
        accepted[0] = BallotCount;
        return new AssessmentTally(
            form,
            candidates,
            issued,
            ImmutableArray.Create(accepted),
            ImmutableArray.Create(new long[RejectionCodes.Count]),
            [Counts, .. form.VoterCategories.Skip(1).Select(_ => zeros)],
            ImmutableArray.Create(new long[candidates.Probationary.Length]),
            0,
            0);
    }

    /// <summary>The block as an assessment tally under a map's form, candidates and ballots issued.</summary>
    /// <param name="map">How blocks map to assessments; <see cref="BinaryAssessmentMap.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The map's form or candidates do not fit the block.</exception>
    public AssessmentTally ToAssessmentTally(BinaryAssessmentMap? map = null)
    {
        map ??= BinaryAssessmentMap.Default;
        return ToAssessmentTally(map.FormOf(CriterionLevelCounts), map.CandidatesOf(BranchId, CandidateCount), map.IssuedOf(BranchId, BallotCount));
    }
}
