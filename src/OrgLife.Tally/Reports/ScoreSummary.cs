using System.Collections.Immutable;

namespace OrgLife.Tally.Reports;

/// <summary>The scores of one score-scale column: mean, median and how many fell in each grade band.</summary>
/// <param name="Mean">The mean of the valid scores (exact decimal division, rounded to decimal precision); null when none.</param>
/// <param name="Median">The median of the valid scores (the mean of the two middle scores when their number is even); null when none.</param>
/// <param name="BandCounts">Scores per band, in the scale's band order.</param>
public sealed record ScoreSummary(decimal? Mean, decimal? Median, ImmutableArray<long> BandCounts)
{
    /// <summary>Equal when every value is (the arrays compared element by element).</summary>
    /// <param name="other">The other ScoreSummary.</param>
    public bool Equals(ScoreSummary? other) => other is not null && Mean == other.Mean && Median == other.Median && BandCounts.SequenceEqual(other.BandCounts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mean, Median, BandCounts.Length);
}
