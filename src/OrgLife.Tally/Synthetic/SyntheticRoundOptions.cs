namespace OrgLife.Tally.Synthetic;

/// <summary>
/// The settings of a synthetic national round of 民主测评 (democratic assessment). Immutable; validated on construction.
/// </summary>
internal sealed record SyntheticRoundOptions
{
    /// <summary>The branch count of the full national round: 4.614 million party branches (党支部).</summary>
    public const long NationalBranchCount = 4_614_000;

    /// <summary>Initializes the options.</summary>
    /// <param name="seed">The seed: the same seed and options give the same ballots, byte for byte.</param>
    /// <param name="branchCount">Branches in the round, at least 1.</param>
    /// <param name="criteriaPerCandidate">
    /// Columns per candidate: 1 for the single-grade form (the four grades), 6 for the six-criterion form (five
    /// 好/一般/差 criteria then the overall grade). In general the last criterion is the four-grade one and the others
    /// are three-level. 1…64.
    /// </param>
    /// <param name="probationaryShare">The chance that a member is probationary (预备党员): listed but neither graded nor voting. 0…0.5.</param>
    /// <param name="includeSerials">Whether each ballot carries a serial (for duplicate detection downstream).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    public SyntheticRoundOptions(ulong seed, long branchCount = NationalBranchCount, int criteriaPerCandidate = 1, double probationaryShare = 0.03, bool includeSerials = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(branchCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(criteriaPerCandidate, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(criteriaPerCandidate, 64);
        if (!(probationaryShare >= 0 && probationaryShare <= 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(probationaryShare), probationaryShare, "The probationary share must be between 0 and 0.5.");
        }

        Seed = seed;
        BranchCount = branchCount;
        CriteriaPerCandidate = criteriaPerCandidate;
        ProbationaryShare = probationaryShare;
        IncludeSerials = includeSerials;
    }

    /// <summary>Gets the seed.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the number of branches.</summary>
    public long BranchCount { get; }

    /// <summary>Gets the number of columns per candidate (criteria).</summary>
    public int CriteriaPerCandidate { get; }

    /// <summary>Gets the chance that a member is probationary.</summary>
    public double ProbationaryShare { get; }

    /// <summary>Gets a value indicating whether ballots carry serials.</summary>
    public bool IncludeSerials { get; }
}
