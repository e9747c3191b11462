using OrgLife.Grades;

namespace OrgLife.Tally.Reports;

/// <summary>
/// A threshold of a <see cref="SuggestionRule"/>: suggest <see cref="Suggests"/> when at least
/// <see cref="MinimumShare"/> of the valid marks of the overall criterion fall in a set — either the marks whose
/// grade (after the rule's mapping) is <see cref="MarkedGrade"/>, or the marks at scale level <see cref="Level"/>
/// (1 = the best level; on a score scale, the band number in definition order). "At least" is inclusive.
/// </summary>
public sealed record SuggestionThreshold
{
    private SuggestionThreshold(Grade suggests, decimal minimumShare, Grade? markedGrade, int? level)
    {
        if (!Enum.IsDefined(suggests))
        {
            throw new ArgumentOutOfRangeException(nameof(suggests), suggests, "Unknown grade.");
        }

        if (minimumShare <= 0m || minimumShare > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumShare), minimumShare, "A threshold share lies in (0, 1].");
        }

        Suggests = suggests;
        MinimumShare = minimumShare;
        MarkedGrade = markedGrade;
        Level = level;
    }

    /// <summary>The grade suggested when the threshold is reached.</summary>
    public Grade Suggests { get; }

    /// <summary>The share of valid marks needed, in (0, 1]; inclusive.</summary>
    public decimal MinimumShare { get; }

    /// <summary>The grade whose marks are counted, or null when <see cref="Level"/> is used.</summary>
    public Grade? MarkedGrade { get; }

    /// <summary>The 1-based scale level (or score band) whose marks are counted, or null when <see cref="MarkedGrade"/> is used.</summary>
    public int? Level { get; }

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

        return new(suggests, minimumShare, markedGrade, null);
    }

    /// <summary>"Suggest <paramref name="suggests"/> if at least <paramref name="minimumShare"/> of valid marks chose level <paramref name="level"/>."</summary>
    /// <param name="level">The 1-based level (1 = best) or, on a score scale, the band number.</param>
    /// <param name="minimumShare">The share needed, in (0, 1].</param>
    /// <param name="suggests">The grade suggested.</param>
    public static SuggestionThreshold WhenLevelShareAtLeast(int level, decimal minimumShare, Grade suggests)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        return new(suggests, minimumShare, null, level);
    }
}
