namespace OrgLife.Rules.Policies;

/// <summary>
/// An exact fraction between 0 and 1, such as 1/3 or 2/3, so thresholds are tested in whole
/// numbers (3 × excellent ≤ graded), never in floating point.
/// </summary>
public readonly record struct Ratio
{
    /// <summary>Creates a ratio.</summary>
    /// <param name="numerator">Zero or more.</param>
    /// <param name="denominator">One or more, and not less than <paramref name="numerator"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative, zero denominator, or above 1.</exception>
    public Ratio(int numerator, int denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfLessThan(denominator, 1);
        if (numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, $"A ratio must not exceed 1; {numerator}/{denominator} does.");
        }

        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The numerator.</summary>
    public int Numerator { get; }

    /// <summary>The denominator.</summary>
    public int Denominator { get; }

    /// <summary>One half.</summary>
    public static Ratio Half { get; } = new(1, 2);

    /// <summary>One third.</summary>
    public static Ratio OneThird { get; } = new(1, 3);

    /// <summary>Two thirds.</summary>
    public static Ratio TwoThirds { get; } = new(2, 3);

    /// <summary>True when <paramref name="part"/> / <paramref name="whole"/> ≥ this ratio, in exact integer arithmetic.</summary>
    /// <param name="part">The part, zero or more.</param>
    /// <param name="whole">The whole, zero or more.</param>
    public bool IsReachedBy(long part, long whole) => part * Denominator >= whole * Numerator;

    /// <summary>True when <paramref name="part"/> / <paramref name="whole"/> &gt; this ratio, in exact integer arithmetic.</summary>
    /// <param name="part">The part, zero or more.</param>
    /// <param name="whole">The whole, zero or more.</param>
    public bool IsExceededBy(long part, long whole) => part * Denominator > whole * Numerator;

    /// <inheritdoc />
    public override string ToString() => $"{Numerator}/{Denominator}";
}
