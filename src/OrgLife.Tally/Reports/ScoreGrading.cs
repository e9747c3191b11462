using System.Collections.Immutable;

namespace OrgLife.Tally.Reports;

/// <summary>
/// 按平均分定档 — grading by score: each candidate's value is the mean points of the overall criterion, or, with
/// <see cref="Weights"/>, the weighted total of the mean points of those criteria; the value is optionally rounded
/// and then mapped to <see cref="Bands"/>. A mean can be trimmed: when a column has more than
/// <see cref="TrimWhenMoreThan"/> marks, the <see cref="Trim"/> highest and <see cref="Trim"/> lowest are dropped
/// (去掉一个最高分和一个最低分). Points are a score scale's scores or the levels' <c>Points</c>; a non-opinion level
/// (不了解) has none and is left out. Exact: sums and means are fractions, never floating point. Immutable.
/// </summary>
public sealed record ScoreGrading
{
    /// <summary>The bands, any order; a value gets the band with the greatest lower edge not above it. Empty: the overall score scale's own bands (each from its minimum).</summary>
    public ImmutableArray<GradingBand> Bands
    {
        get;
        init => field = value.IsDefault || value.Any(b => b is null || !Enum.IsDefined(b.Grade))
            ? throw new ArgumentException("Bands must be a list of bands with known grades.", nameof(Bands))
            : value;
    } = [];

    /// <summary>The criteria summed, each with its weight; empty grades the overall criterion's mean alone.</summary>
    public ImmutableArray<CriterionWeight> Weights
    {
        get;
        init => field = value.IsDefault || value.Any(w => w is null || w.Weight <= 0m)
            ? throw new ArgumentException("Weights must be a list of criterion weights above 0.", nameof(Weights))
            : value;
    } = [];

    /// <summary>How many of the highest and of the lowest marks are dropped from each mean; 0 (default) for a plain mean.</summary>
    public int Trim
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Trim), value, "Trim is 0 or more.");
    }

    /// <summary>The trim applies only to a column with more than this many marks (and always more than <c>2 × Trim</c>); 0 by default.</summary>
    public int TrimWhenMoreThan
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(TrimWhenMoreThan), value, "The count is 0 or more.");
    }

    /// <summary>Decimal places the value is rounded to (half away from zero, 四舍五入) before banding; null compares the exact value.</summary>
    public int? RoundToDecimals
    {
        get;
        init => field = value is null or (>= 0 and <= 10) ? value : throw new ArgumentOutOfRangeException(nameof(RoundToDecimals), value, "Round to 0–10 decimal places.");
    }

    /// <inheritdoc />
    public bool Equals(ScoreGrading? other) =>
        other is not null && Trim == other.Trim && TrimWhenMoreThan == other.TrimWhenMoreThan && RoundToDecimals == other.RoundToDecimals
        && Bands.SequenceEqual(other.Bands) && Weights.SequenceEqual(other.Weights);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Trim, TrimWhenMoreThan, RoundToDecimals, Bands.Length, Weights.Length);
}
