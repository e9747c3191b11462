using System.Collections.Immutable;

namespace OrgLife.Tally.Reports;

/// <summary>
/// The marks of one column (a candidate's criterion, or a committee criterion) for one voter category or for all
/// combined. The counts are exact; <see cref="Shares"/> are derived from them. For every column,
/// <c>ValidMarks + Abstentions + VoidMarks</c> equals the accepted ballots of the category.
/// </summary>
public sealed record ColumnCounts
{
    /// <summary>The voter category, or null for all categories combined (unweighted: every mark once).</summary>
    public required string? Category { get; init; }

    /// <summary>Marks per level, level 1 (best) first; for a score scale one entry per score from the minimum up.</summary>
    public required ImmutableArray<long> LevelCounts { get; init; }

    /// <summary>Blanks (弃权).</summary>
    public required long Abstentions { get; init; }

    /// <summary>Void marks of this column (two levels, unknown level, score out of range).</summary>
    public required long VoidMarks { get; init; }

    /// <summary>Valid marks: the sum of <see cref="LevelCounts"/>.</summary>
    public long ValidMarks => LevelCounts.Sum();

    /// <summary>
    /// Each level's share of the valid marks, <c>count / ValidMarks</c> as a decimal (28 significant digits,
    /// rounded half to even by decimal division); all 0 when there is no valid mark.
    /// </summary>
    public required ImmutableArray<decimal> Shares { get; init; }

    /// <summary>The level with the most valid marks (1-based); null on a tie for first or with no valid mark.</summary>
    public required int? LeadingLevel { get; init; }

    /// <summary>The printed name of <see cref="LeadingLevel"/>, or null.</summary>
    public required string? LeadingLevelName { get; init; }

    /// <summary>
    /// False when the category is not asked this column (<c>VoterCategory.Criteria</c> / <c>Candidates</c>): then every
    /// count is 0 — its ballots are neither abstentions nor voids here — and the combined counts leave it out.
    /// </summary>
    public bool IsAsked { get; init; } = true;

    /// <summary>Marks at a non-opinion level (不了解), included in <see cref="LevelCounts"/> and <see cref="ValidMarks"/> but not in <see cref="Opinions"/>.</summary>
    public long NonOpinions { get; init; }

    /// <summary>Valid marks that give an opinion: <see cref="ValidMarks"/> minus <see cref="NonOpinions"/> — the base of result rules.</summary>
    public long Opinions => ValidMarks - NonOpinions;

    /// <summary>Mean, median and band counts, for a score scale; null otherwise.</summary>
    public required ScoreSummary? Scores { get; init; }

    /// <summary>Columns are equal when every count, share and summary is (the arrays compared element by element).</summary>
    /// <param name="other">The other column.</param>
    public bool Equals(ColumnCounts? other) => other is not null && Category == other.Category && LevelCounts.SequenceEqual(other.LevelCounts)
        && Abstentions == other.Abstentions && VoidMarks == other.VoidMarks && Shares.SequenceEqual(other.Shares) && LeadingLevel == other.LeadingLevel
        && LeadingLevelName == other.LeadingLevelName && IsAsked == other.IsAsked && NonOpinions == other.NonOpinions && Equals(Scores, other.Scores);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Category, LevelCounts.Length, Abstentions, VoidMarks, LeadingLevel);
}
