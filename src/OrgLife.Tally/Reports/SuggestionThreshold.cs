using System.Collections.Immutable;
using OrgLife.Grades;

namespace OrgLife.Tally.Reports;

/// <summary>
/// A threshold of a <see cref="SuggestionRule"/>: suggest <see cref="Suggests"/> when its <see cref="Conditions"/>
/// hold — all of them (<see cref="ThresholdCombination.AllOf"/>) or any (<see cref="ThresholdCombination.AnyOf"/>).
/// Each condition compares the marks in a set (grades or levels, on any criterion, from all voters or one
/// category) with a share of a base (<see cref="ShareCondition"/>). The original thresholds are the special case
/// of one condition "at least <see cref="MinimumShare"/> of the valid marks of the overall criterion"
/// (<see cref="WhenGradeShareAtLeast"/>, <see cref="WhenLevelShareAtLeast"/>), with unchanged results.
/// </summary>
public sealed record SuggestionThreshold
{
    private SuggestionThreshold(Grade suggests, ThresholdCombination combination, ImmutableArray<ShareCondition> conditions)
    {
        if (!Enum.IsDefined(suggests))
        {
            throw new ArgumentOutOfRangeException(nameof(suggests), suggests, "Unknown grade.");
        }

        if (!Enum.IsDefined(combination))
        {
            throw new ArgumentOutOfRangeException(nameof(combination), combination, "Unknown combination.");
        }

        if (conditions.IsDefaultOrEmpty || conditions.Any(c => c is null))
        {
            throw new ArgumentException("A threshold needs at least one condition and no null condition.", nameof(conditions));
        }

        Suggests = suggests;
        Combination = combination;
        Conditions = conditions;
    }

    /// <summary>The grade suggested when the threshold is reached.</summary>
    public Grade Suggests { get; }

    /// <summary>Whether all conditions or any condition must hold.</summary>
    public ThresholdCombination Combination { get; }

    /// <summary>The conditions, at least one.</summary>
    public ImmutableArray<ShareCondition> Conditions { get; }

    /// <summary>The share of the first condition (for a threshold made by the one-condition factories, its inclusive minimum share).</summary>
    public decimal MinimumShare => Conditions[0].Share;

    /// <summary>The grade counted by a single-grade first condition, or null.</summary>
    public Grade? MarkedGrade => Conditions[0].Grades.Length == 1 ? Conditions[0].Grades[0] : null;

    /// <summary>The level counted by a single-level first condition, or null.</summary>
    public int? Level => Conditions[0].Levels.Length == 1 ? Conditions[0].Levels[0] : null;

    /// <summary>"Suggest <paramref name="suggests"/> if at least <paramref name="minimumShare"/> of valid marks are <paramref name="markedGrade"/>."</summary>
    /// <param name="markedGrade">The grade counted (after the rule's mapping of the scale to grades).</param>
    /// <param name="minimumShare">The share needed, in (0, 1].</param>
    /// <param name="suggests">The grade suggested.</param>
    public static SuggestionThreshold WhenGradeShareAtLeast(Grade markedGrade, decimal minimumShare, Grade suggests)
    {
        if (!Enum.IsDefined(markedGrade))
        {
            throw new ArgumentOutOfRangeException(nameof(markedGrade), markedGrade, "Unknown grade.");
        }

        RequireLegacyShare(minimumShare);
        return new(suggests, ThresholdCombination.AllOf, [ShareCondition.OfGrades(ShareComparison.AtLeast, minimumShare, ShareBase.ValidMarks, markedGrade)]);
    }

    /// <summary>"Suggest <paramref name="suggests"/> if at least <paramref name="minimumShare"/> of valid marks chose level <paramref name="level"/>."</summary>
    /// <param name="level">The 1-based level (1 = best) or, on a score scale, the band number.</param>
    /// <param name="minimumShare">The share needed, in (0, 1].</param>
    /// <param name="suggests">The grade suggested.</param>
    public static SuggestionThreshold WhenLevelShareAtLeast(int level, decimal minimumShare, Grade suggests)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        RequireLegacyShare(minimumShare);
        return new(suggests, ThresholdCombination.AllOf, [ShareCondition.OfLevels(ShareComparison.AtLeast, minimumShare, ShareBase.ValidMarks, level)]);
    }

    /// <summary>"Suggest <paramref name="suggests"/> if every condition holds."</summary>
    /// <param name="suggests">The grade suggested.</param>
    /// <param name="conditions">At least one condition.</param>
    public static SuggestionThreshold WhenAll(Grade suggests, params IEnumerable<ShareCondition> conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return new(suggests, ThresholdCombination.AllOf, [.. conditions]);
    }

    /// <summary>"Suggest <paramref name="suggests"/> if any condition holds."</summary>
    /// <param name="suggests">The grade suggested.</param>
    /// <param name="conditions">At least one condition.</param>
    public static SuggestionThreshold WhenAny(Grade suggests, params IEnumerable<ShareCondition> conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return new(suggests, ThresholdCombination.AnyOf, [.. conditions]);
    }

    /// <inheritdoc />
    public bool Equals(SuggestionThreshold? other) =>
        other is not null && Suggests == other.Suggests && Combination == other.Combination && Conditions.SequenceEqual(other.Conditions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Suggests, Combination, Conditions.Length);

    private static void RequireLegacyShare(decimal minimumShare)
    {
        if (minimumShare <= 0m || minimumShare > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumShare), minimumShare, "A threshold share lies in (0, 1].");
        }
    }
}
