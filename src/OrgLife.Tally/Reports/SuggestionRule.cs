using System.Collections.Immutable;
using OrgLife.Grades;

namespace OrgLife.Tally.Reports;

/// <summary>
/// How the tally suggests a grade from the overall criterion's marks. The suggestion is advice: the organization
/// decides (不唯票数). Evaluation order: (1) a void assessment (OL401) or no valid mark gives no suggestion;
/// (2) the <see cref="Thresholds"/> in their order, the first reached wins; (3) plurality over the grades the
/// marks map to, ties resolved by <see cref="TieBreak"/>. Marks map to grades one to one on the four grades,
/// through <see cref="ThreeLevelGrades"/> on 好/一般/差 and 满意/基本满意/不满意, through the levels' own grades
/// on a custom scale, and through the bands on a score scale. Before all this, a <see cref="Turnout"/> that fails
/// makes the assessment not valid; after the thresholds, <see cref="Grading"/> (when set) replaces plurality. Immutable.
/// </summary>
public sealed record SuggestionRule
{
    /// <summary>Plurality, ties toward the less favourable grade, 好/一般/差 as 合格/基本合格/不合格, categories unweighted.</summary>
    public static SuggestionRule Default { get; } = new();

    /// <summary>How a plurality tie is resolved.</summary>
    public TieBreak TieBreak
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(TieBreak), value, "Unknown tie break.");
    }

    /// <summary>Thresholds tried in order before plurality; empty for plain plurality.</summary>
    public ImmutableArray<SuggestionThreshold> Thresholds
    {
        get;
        init => field = value.IsDefault || value.Any(t => t is null)
            ? throw new ArgumentException("Thresholds must be a list without null items.", nameof(Thresholds))
            : value;
    } = [];

    /// <summary>
    /// The grades of the top, middle and bottom levels of the three-level scales (好/一般/差, 满意/基本满意/不满意).
    /// Default 合格, 基本合格, 不合格: a three-level ballot gives 优秀 only through a threshold (see docs/tally.md).
    /// </summary>
    public ImmutableArray<Grade> ThreeLevelGrades
    {
        get;
        init => field = !value.IsDefault && value.Length == 3 && value.All(Enum.IsDefined)
            ? value
            : throw new ArgumentException("Three-level grades are exactly three known grades (top, middle, bottom).", nameof(ThreeLevelGrades));
    } = [Grade.Qualified, Grade.BasicallyQualified, Grade.Unqualified];

    /// <summary>
    /// When true, each voter category's marks count with its weight in the thresholds and the plurality;
    /// when false (default), every mark counts once. With every weight 1 both give the same suggestion.
    /// </summary>
    public bool CombineCategoriesByWeight { get; init; }

    /// <summary>
    /// With <see cref="CombineCategoriesByWeight"/>: when true, each category counts as a whole with its weight
    /// whatever its size (党员测评 70 % + 群众测评 30 %): a category's marks in a set count as its share of its own valid
    /// marks times its weight, and means combine as the weighted mean of the categories' means. Categories without a
    /// valid mark on a column are left out of that column. False (default): each mark counts with its category's weight.
    /// </summary>
    public bool NormaliseCategories { get; init; }

    /// <summary>Grading by (trimmed) mean points mapped to bands, used instead of plurality when no threshold is reached; null for plurality.</summary>
    public ScoreGrading? Grading { get; init; }

    /// <summary>The Excellent cap for roll-ups (OL303) and quotas; <see cref="ExcellentCap.ThirdOfGraded"/> by default.</summary>
    public ExcellentCap ExcellentCap
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(ExcellentCap));
    } = ExcellentCap.ThirdOfGraded;

    /// <summary>The turnout the assessment needs to be valid; null when any turnout is valid.</summary>
    public TurnoutCondition? Turnout { get; init; }

    /// <inheritdoc />
    public bool Equals(SuggestionRule? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (TieBreak == other.TieBreak && CombineCategoriesByWeight == other.CombineCategoriesByWeight
                && NormaliseCategories == other.NormaliseCategories && ExcellentCap == other.ExcellentCap && Equals(Grading, other.Grading) && Equals(Turnout, other.Turnout)
                && Thresholds.SequenceEqual(other.Thresholds) && ThreeLevelGrades.SequenceEqual(other.ThreeLevelGrades)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TieBreak, CombineCategoriesByWeight, Thresholds.Length);
}
