namespace OrgLife.Tally.Synthetic;

/// <summary>
/// The size of one synthetic branch's assessment: members, probationary members, and the mark matrix they give
/// (every full member votes on every full member; probationary members are not graded and do not vote).
/// </summary>
/// <param name="BranchIndex">The branch's position in the round, 0-based.</param>
/// <param name="BranchId">The branch ID written to files: the index plus one.</param>
/// <param name="MemberCount">Members of the branch, 3…50.</param>
/// <param name="ProbationaryCount">Probationary members (预备党员) among them.</param>
/// <param name="CriteriaPerCandidate">Columns per candidate.</param>
internal readonly record struct SyntheticBranchShape(long BranchIndex, long BranchId, int MemberCount, int ProbationaryCount, int CriteriaPerCandidate)
{
    /// <summary>Gets the candidates: the full members (正式党员).</summary>
    public int CandidateCount => MemberCount - ProbationaryCount;

    /// <summary>Gets the ballots: one per full member.</summary>
    public int BallotCount => MemberCount - ProbationaryCount;

    /// <summary>Gets the columns of the mark matrix: candidates × criteria.</summary>
    public int ColumnCount => CandidateCount * CriteriaPerCandidate;

    /// <summary>Gets the marks of the matrix: ballots × columns.</summary>
    public int MarkCount => BallotCount * ColumnCount;
}
