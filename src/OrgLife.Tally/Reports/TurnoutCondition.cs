namespace OrgLife.Tally.Reports;

/// <summary>
/// 测评有效条件 — the condition for the assessment to be valid at all, e.g. "参加测评人数不少于应到人数的 2/3"
/// (<see cref="TurnoutCounted.BallotsReturned"/> <see cref="ShareComparison.AtLeast"/> 2/3 of
/// <see cref="TurnoutBase.MembersDue"/>) or "超过半数" (<see cref="ShareComparison.MoreThan"/> 1/2). Compared
/// exactly as fractions. When it fails, or a figure it needs is not recorded, the report says the assessment is not
/// valid (or not evaluated) with the reason and suggests no grade. Immutable.
/// </summary>
/// <param name="Counted">What is counted.</param>
/// <param name="Comparison">More than, at least (or, rarely, less than / at most).</param>
/// <param name="Numerator">The share's numerator (2 in 2/3); 0 or more.</param>
/// <param name="Denominator">The share's denominator (3 in 2/3); above 0.</param>
/// <param name="Base">What the share is a share of.</param>
public sealed record TurnoutCondition(TurnoutCounted Counted, ShareComparison Comparison, int Numerator, int Denominator, TurnoutBase Base)
{
    /// <summary>What is counted.</summary>
    public TurnoutCounted Counted { get; init; } = Enum.IsDefined(Counted) ? Counted : throw new ArgumentOutOfRangeException(nameof(Counted), Counted, "Unknown turnout count.");

    /// <summary>How the count compares with the share of the base.</summary>
    public ShareComparison Comparison { get; init; } = Enum.IsDefined(Comparison) ? Comparison : throw new ArgumentOutOfRangeException(nameof(Comparison), Comparison, "Unknown comparison.");

    /// <summary>The share's numerator.</summary>
    public int Numerator { get; init; } = Numerator >= 0 ? Numerator : throw new ArgumentOutOfRangeException(nameof(Numerator), Numerator, "The numerator is 0 or more.");

    /// <summary>The share's denominator.</summary>
    public int Denominator { get; init; } = Denominator > 0 ? Denominator : throw new ArgumentOutOfRangeException(nameof(Denominator), Denominator, "The denominator is above 0.");

    /// <summary>What the share is a share of.</summary>
    public TurnoutBase Base { get; init; } = Enum.IsDefined(Base) ? Base : throw new ArgumentOutOfRangeException(nameof(Base), Base, "Unknown turnout base.");
}
