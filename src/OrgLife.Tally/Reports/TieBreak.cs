namespace OrgLife.Tally.Reports;

/// <summary>How a plurality tie between grades is resolved.</summary>
public enum TieBreak
{
    /// <summary>The tie goes to the less favourable grade (e.g. 合格 vs 基本合格 → 基本合格). The default: a grade is earned, not presumed.</summary>
    TowardLessFavourable = 0,

    /// <summary>The tie goes to the more favourable grade.</summary>
    TowardMoreFavourable = 1,

    /// <summary>No suggestion on a tie: the organization decides.</summary>
    NoSuggestion = 2,
}
