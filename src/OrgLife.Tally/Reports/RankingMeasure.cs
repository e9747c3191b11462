using System.Collections.Immutable;

namespace OrgLife.Tally.Reports;

/// <summary>
/// What candidates are ranked by (higher first): the graded value of a <see cref="ScoreGrading"/>, the number of
/// marks at some levels of a criterion (e.g. 优秀票数), or their share of the criterion's opinions (满意度 as the share
/// of 满意 and 基本满意). Counts and shares are compared exactly on the combined (unweighted) counts. Immutable.
/// </summary>
public sealed record RankingMeasure
{
    private RankingMeasure(RankingKind kind, string? criterion, ImmutableArray<int> levels)
    {
        Kind = kind;
        Criterion = criterion;
        Levels = levels;
    }

    /// <summary>The kinds of measure.</summary>
    public enum RankingKind
    {
        /// <summary>The graded value (<see cref="SuggestionOutcome.Value"/>).</summary>
        GradedValue = 0,

        /// <summary>The number of marks at the levels.</summary>
        LevelCount = 1,

        /// <summary>The share of the opinions at the levels.</summary>
        LevelShare = 2,
    }

    /// <summary>What is measured.</summary>
    public RankingKind Kind { get; }

    /// <summary>The criterion by name, or null for the overall grade.</summary>
    public string? Criterion { get; }

    /// <summary>The 1-based levels counted; empty for <see cref="RankingKind.GradedValue"/>.</summary>
    public ImmutableArray<int> Levels { get; }

    /// <summary>By the graded value of the report's score grading.</summary>
    public static RankingMeasure GradedValue { get; } = new(RankingKind.GradedValue, null, []);

    /// <summary>By the number of marks at <paramref name="levels"/> (e.g. level 1, 优秀 votes).</summary>
    /// <param name="criterion">The criterion, or null for the overall grade.</param>
    /// <param name="levels">At least one 1-based level.</param>
    public static RankingMeasure LevelCount(string? criterion, params IEnumerable<int> levels) => new(RankingKind.LevelCount, criterion, Listed(levels));

    /// <summary>By the share of the opinions at <paramref name="levels"/> (满意度: levels 1 and 2 of 满意/基本满意/不满意).</summary>
    /// <param name="criterion">The criterion, or null for the overall grade.</param>
    /// <param name="levels">At least one 1-based level.</param>
    public static RankingMeasure LevelShare(string? criterion, params IEnumerable<int> levels) => new(RankingKind.LevelShare, criterion, Listed(levels));

    /// <inheritdoc />
    public bool Equals(RankingMeasure? other) => other is not null && Kind == other.Kind && Criterion == other.Criterion && Levels.SequenceEqual(other.Levels);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Criterion, Levels.Length);

    private static ImmutableArray<int> Listed(IEnumerable<int> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        ImmutableArray<int> set = [.. levels.Distinct().Order()];
        return set.IsEmpty || set[0] < 1 ? throw new ArgumentException("Give at least one level, each 1 or more.", nameof(levels)) : set;
    }
}
