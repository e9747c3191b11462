using System.Collections.Immutable;
using OrgLife.Grades;

namespace OrgLife.Tally.Reports;

/// <summary>
/// One condition of a threshold rule: "the marks in a set, on a criterion, from all voters or one category, are
/// (more than | at least | less than | at most) a share of a base" — e.g. 不合格票超过收回票的 50 %, or 群众信任率
/// (群众 marks 好 or 较好) less than 50 % of their valid marks. The set is either grades (after the rule's mapping of
/// the scale) or 1-based scale levels (on a score scale, band numbers). Compared exactly: <c>counted</c> against
/// <c>share × base</c> as fractions, never by division. A base of 0 meets no condition. Immutable.
/// </summary>
public sealed record ShareCondition
{
    private ShareCondition(ShareComparison comparison, decimal share, ShareBase shareBase, ImmutableArray<Grade> grades, ImmutableArray<int> levels, int denominator = 1)
    {
        if (denominator < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "A share's denominator is 1 or more.");
        }

        if (!Enum.IsDefined(comparison))
        {
            throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "Unknown comparison.");
        }

        if (share < 0m || share > denominator)
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "A share lies in [0, 1].");
        }

        if (!Enum.IsDefined(shareBase))
        {
            throw new ArgumentOutOfRangeException(nameof(shareBase), shareBase, "Unknown share base.");
        }

        Comparison = comparison;
        Share = share;
        ShareDenominator = denominator;
        Base = shareBase;
        Grades = grades;
        Levels = levels;
    }

    /// <summary>How the counted marks compare with <c>share × base</c>.</summary>
    public ShareComparison Comparison { get; }

    /// <summary>The share, in [0, 1] — or, with a <see cref="ShareDenominator"/> above 1, the numerator of the fraction (1 in 1/3).</summary>
    public decimal Share { get; }

    /// <summary>The denominator of a share given as a fraction (3 in 1/3), so thirds are exact; 1 for a decimal share.</summary>
    public int ShareDenominator { get; }

    /// <summary>What the share is a share of.</summary>
    public ShareBase Base { get; }

    /// <summary>The grades whose marks are counted; empty when <see cref="Levels"/> is used.</summary>
    public ImmutableArray<Grade> Grades { get; }

    /// <summary>The 1-based levels (score bands on a score scale) whose marks are counted; empty when <see cref="Grades"/> is used.</summary>
    public ImmutableArray<int> Levels { get; }

    /// <summary>The candidate criterion whose marks are counted, by name; null for the overall grade.</summary>
    public string? Criterion { get; init; }

    /// <summary>The voter category whose marks are counted, by name; null for all voters.</summary>
    public string? Category { get; init; }

    /// <summary>A condition on the marks whose grade is one of <paramref name="grades"/>.</summary>
    /// <param name="comparison">More than, at least, less than or at most.</param>
    /// <param name="share">The share, in [0, 1].</param>
    /// <param name="shareBase">What the share is a share of.</param>
    /// <param name="grades">At least one grade.</param>
    public static ShareCondition OfGrades(ShareComparison comparison, decimal share, ShareBase shareBase, params IEnumerable<Grade> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        ImmutableArray<Grade> set = [.. grades.Distinct().Order()];
        if (set.IsEmpty || !set.All(Enum.IsDefined))
        {
            throw new ArgumentException("A condition counts at least one known grade.", nameof(grades));
        }

        return new(comparison, share, shareBase, set, []);
    }

    /// <summary>A condition on the marks whose grade is one of <paramref name="grades"/>, with the share as an exact fraction (超过三分之一: 1, 3).</summary>
    /// <param name="comparison">More than, at least, less than or at most.</param>
    /// <param name="numerator">The share's numerator, 0 to <paramref name="denominator"/>.</param>
    /// <param name="denominator">The share's denominator, 1 or more.</param>
    /// <param name="shareBase">What the share is a share of.</param>
    /// <param name="grades">At least one grade.</param>
    public static ShareCondition OfGrades(ShareComparison comparison, int numerator, int denominator, ShareBase shareBase, params IEnumerable<Grade> grades)
    {
        var condition = OfGrades(comparison, 0m, shareBase, grades);
        return new(comparison, numerator, shareBase, condition.Grades, [], denominator);
    }

    /// <summary>A condition on the marks at one of <paramref name="levels"/>, with the share as an exact fraction.</summary>
    /// <param name="comparison">More than, at least, less than or at most.</param>
    /// <param name="numerator">The share's numerator, 0 to <paramref name="denominator"/>.</param>
    /// <param name="denominator">The share's denominator, 1 or more.</param>
    /// <param name="shareBase">What the share is a share of.</param>
    /// <param name="levels">At least one level, each 1 or more.</param>
    public static ShareCondition OfLevels(ShareComparison comparison, int numerator, int denominator, ShareBase shareBase, params IEnumerable<int> levels)
    {
        var condition = OfLevels(comparison, 0m, shareBase, levels);
        return new(comparison, numerator, shareBase, [], condition.Levels, denominator);
    }

    /// <summary>A condition on the marks at one of <paramref name="levels"/> (1 = the best level; on a score scale, band numbers).</summary>
    /// <param name="comparison">More than, at least, less than or at most.</param>
    /// <param name="share">The share, in [0, 1].</param>
    /// <param name="shareBase">What the share is a share of.</param>
    /// <param name="levels">At least one level, each 1 or more.</param>
    public static ShareCondition OfLevels(ShareComparison comparison, decimal share, ShareBase shareBase, params IEnumerable<int> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        ImmutableArray<int> set = [.. levels.Distinct().Order()];
        if (set.IsEmpty || set[0] < 1)
        {
            throw new ArgumentException("A condition counts at least one level, each 1 or more.", nameof(levels));
        }

        return new(comparison, share, shareBase, [], set);
    }

    /// <summary>Whether <paramref name="counted"/> compares with <c>share × base</c> as the condition says; false when the base is 0.</summary>
    internal bool Holds(Rational counted, Rational baseValue)
    {
        if (baseValue.Sign <= 0)
        {
            return false;
        }

        var order = (counted * ShareDenominator).CompareTo(Rational.Of(Share) * baseValue);
        return Comparison switch
        {
            ShareComparison.AtLeast => order >= 0,
            ShareComparison.MoreThan => order > 0,
            ShareComparison.LessThan => order < 0,
            _ => order <= 0,
        };
    }

    /// <inheritdoc />
    public bool Equals(ShareCondition? other) =>
        other is not null
        && Comparison == other.Comparison && Share == other.Share && ShareDenominator == other.ShareDenominator && Base == other.Base
        && Criterion == other.Criterion && Category == other.Category
        && Grades.SequenceEqual(other.Grades) && Levels.SequenceEqual(other.Levels);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Comparison, Share, Base, Criterion, Category, Grades.Length, Levels.Length);
}
