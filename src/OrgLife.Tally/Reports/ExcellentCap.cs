namespace OrgLife.Tally.Reports;

/// <summary>
/// 优秀比例 — the Excellent cap as a policy choice (OL303 in roll-ups, and the quota of
/// <see cref="CandidateRanking.WithinQuota"/>), always counted over the graded full members (正式党员; probationary
/// members are never graded). <see cref="ThirdOfGraded"/> (default) allows e with <c>3e ≤ n</c>; <see cref="Ratio"/>
/// allows <c>max(floor, ⌊numerator × n / denominator⌋)</c> (e.g. ⌊0.3 n⌋ with at least 1). Integer arithmetic only. Immutable.
/// </summary>
public sealed record ExcellentCap
{
    private ExcellentCap(int numerator, int denominator, int minimum, bool isThird)
    {
        Numerator = numerator;
        Denominator = denominator;
        Minimum = minimum;
        IsThirdOfGraded = isThird;
    }

    /// <summary>3 × excellent ≤ graded full members (不超过三分之一): the default.</summary>
    public static ExcellentCap ThirdOfGraded { get; } = new(1, 3, 0, true);

    /// <summary>
    /// No cap (不下指标、不定比例, Municipal-2016 二.5; a policy whose OL303 cap is off): every graded member may be 优秀,
    /// so no branch is ever over it. It is the ratio 1/1 (equal to <c>Ratio(1, 1)</c>, and written so in JSON).
    /// </summary>
    public static ExcellentCap None { get; } = new(1, 1, 0, false);

    /// <summary>True when the cap allows every graded member (a ratio of 1, as <see cref="None"/>).</summary>
    public bool IsNone => Numerator == Denominator;

    /// <summary>
    /// The cap of an organization's policy (OL303): <see cref="None"/> when the policy has no cap (null), the default
    /// <see cref="ThirdOfGraded"/> for 1/3, else <see cref="Ratio"/> without a floor — so a roll-up reports a branch over
    /// the cap exactly when the validator's OL303 would (<c>excellent × denominator &gt; numerator × graded</c>).
    /// </summary>
    /// <param name="numerator">The policy's ratio numerator, or null for no cap.</param>
    /// <param name="denominator">The policy's ratio denominator (ignored when <paramref name="numerator"/> is null).</param>
    public static ExcellentCap OfPolicy(int? numerator, int denominator) =>
        numerator is not { } n ? None
        : (long)n * 3 == denominator ? ThirdOfGraded
        : Ratio(n, denominator);

    /// <summary>The ratio's numerator (1 for thirds).</summary>
    public int Numerator { get; }

    /// <summary>The ratio's denominator (3 for thirds).</summary>
    public int Denominator { get; }

    /// <summary>The floor: at least this many are always allowed (0 for thirds).</summary>
    public int Minimum { get; }

    /// <summary>True for the default <see cref="ThirdOfGraded"/>.</summary>
    public bool IsThirdOfGraded { get; }

    /// <summary>At most <c>max(minimum, ⌊numerator × graded / denominator⌋)</c> 优秀 (e.g. 3, 10, 1 for ⌊0.3 n⌋ with at least 1).</summary>
    /// <param name="numerator">0 or more.</param>
    /// <param name="denominator">Above 0, not below the numerator.</param>
    /// <param name="minimum">The floor, 0 or more.</param>
    public static ExcellentCap Ratio(int numerator, int denominator, int minimum = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfLessThan(denominator, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(numerator, denominator);
        ArgumentOutOfRangeException.ThrowIfNegative(minimum);
        return new(numerator, denominator, minimum, false);
    }

    /// <summary>The most 优秀 allowed among <paramref name="graded"/> full members (⌊n / 3⌋ for thirds).</summary>
    /// <param name="graded">Graded full members, 0 or more.</param>
    public long Maximum(long graded) => Math.Max(Minimum, checked(graded * Numerator) / Denominator);

    /// <summary>True when <paramref name="excellent"/> 优秀 among <paramref name="graded"/> full members break the cap.</summary>
    /// <param name="excellent">Members graded or suggested 优秀.</param>
    /// <param name="graded">Graded full members.</param>
    public bool IsExceededBy(long excellent, long graded) => excellent > Maximum(graded);
}
