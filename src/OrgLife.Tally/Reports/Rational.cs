using System.Numerics;

namespace OrgLife.Tally.Reports;

/// <summary>
/// An exact fraction (arbitrary-size numerator over a positive denominator, always reduced), so that shares,
/// weighted sums and means are compared without rounding: result rules never compare floating-point values.
/// </summary>
internal readonly struct Rational : IComparable<Rational>, IEquatable<Rational>
{
    private readonly BigInteger numerator;
    private readonly BigInteger denominator;

    private Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("A fraction needs a denominator other than 0.");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        this.numerator = divisor.IsOne || divisor.IsZero ? numerator : numerator / divisor;
        this.denominator = divisor.IsOne || divisor.IsZero ? denominator : denominator / divisor;
    }

    internal static Rational Zero => new(0, 1);

    internal BigInteger Numerator => denominator.IsZero ? BigInteger.Zero : numerator;

    internal BigInteger Denominator => denominator.IsZero ? BigInteger.One : denominator;

    internal int Sign => Numerator.Sign;

    internal bool IsZero => Numerator.IsZero;

    public static implicit operator Rational(long value) => new(value, 1);

    public static implicit operator Rational(decimal value) => Of(value);

    public static Rational operator +(Rational a, Rational b) => new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) => new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    /// <summary>The exact value of a decimal: its 96-bit integer over a power of ten.</summary>
    internal static Rational Of(decimal value)
    {
        var bits = decimal.GetBits(value);
        var magnitude = (new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32) | new BigInteger((uint)bits[0]);
        var scale = (bits[3] >> 16) & 0xFF;
        var sign = bits[3] < 0 ? -1 : 1;
        return new(sign * magnitude, BigInteger.Pow(10, scale));
    }

    internal static Rational Of(long numerator, long denominator) => new(numerator, denominator);

    /// <summary>Rounds to <paramref name="decimals"/> places, halves away from zero (四舍五入).</summary>
    internal Rational RoundHalfAwayFromZero(int decimals)
    {
        var scale = BigInteger.Pow(10, decimals);
        var scaled = BigInteger.Abs(Numerator) * scale * 2;
        var twice = Denominator;
        // ⌊|x|·10^d + 1/2⌋ = ⌊(2|x|·10^d + 1) / 2⌋ computed on integers.
        var rounded = BigInteger.Divide(scaled + twice, twice * 2);
        return new(Sign < 0 ? -rounded : rounded, scale);
    }

    /// <summary>The nearest decimal (decimal division of the parts; exact when the value has a short decimal expansion).</summary>
    internal decimal ToDecimal()
    {
        // Bring huge parts into decimal range first; reports show values of ballots, never near that range.
        var n = Numerator;
        var d = Denominator;
        while (BigInteger.Abs(n) > (BigInteger)decimal.MaxValue || d > (BigInteger)decimal.MaxValue)
        {
            n /= 10;
            d /= 10;
            if (d.IsZero)
            {
                return n.Sign < 0 ? decimal.MinValue : decimal.MaxValue;
            }
        }

        return (decimal)n / (decimal)d;
    }

    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    public override string ToString() => $"{Numerator}/{Denominator}";
}
