using OrgLife.Grades;

namespace OrgLife.Tally.Merging;

/// <summary>How many members received each suggested grade, and how many received none. Immutable; adds by value.</summary>
/// <param name="Excellent">优秀.</param>
/// <param name="Qualified">合格.</param>
/// <param name="BasicallyQualified">基本合格.</param>
/// <param name="Unqualified">不合格.</param>
/// <param name="None">No suggestion (void assessment, no valid mark, unresolved tie, or no overall criterion).</param>
public sealed record GradeDistribution(long Excellent, long Qualified, long BasicallyQualified, long Unqualified, long None)
{
    /// <summary>All zero.</summary>
    public static GradeDistribution Zero { get; } = new(0, 0, 0, 0, 0);

    /// <summary>The count for one grade, or for no grade when <paramref name="grade"/> is null.</summary>
    /// <param name="grade">A grade or null.</param>
    public long this[Grade? grade] => grade switch
    {
        Grade.Excellent => Excellent,
        Grade.Qualified => Qualified,
        Grade.BasicallyQualified => BasicallyQualified,
        Grade.Unqualified => Unqualified,
        _ => None,
    };

    /// <summary>The sum of both distributions.</summary>
    /// <param name="left">One distribution.</param>
    /// <param name="right">The other.</param>
    public static GradeDistribution operator +(GradeDistribution left, GradeDistribution right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(
            checked(left.Excellent + right.Excellent),
            checked(left.Qualified + right.Qualified),
            checked(left.BasicallyQualified + right.BasicallyQualified),
            checked(left.Unqualified + right.Unqualified),
            checked(left.None + right.None));
    }

    /// <summary>Adds <paramref name="count"/> to one grade (or to <see cref="None"/>).</summary>
    /// <param name="grade">A grade or null.</param>
    /// <param name="count">How many.</param>
    public GradeDistribution Add(Grade? grade, long count) => this + grade switch
    {
        Grade.Excellent => Zero with { Excellent = count },
        Grade.Qualified => Zero with { Qualified = count },
        Grade.BasicallyQualified => Zero with { BasicallyQualified = count },
        Grade.Unqualified => Zero with { Unqualified = count },
        _ => Zero with { None = count },
    };
}
