using System.Text.RegularExpressions;

namespace OrgLife.Findings;

/// <summary>
/// The stable ID of a rule of the catalogue: "OL" and three digits, the first digit naming the
/// section (1 preparation, 2 meeting, 3 democratic evaluation, 4 ballots and tally, 5 follow-up).
/// IDs never change meaning once published.
/// </summary>
public readonly partial record struct RuleId : IComparable<RuleId>, ISpanParsable<RuleId>
{
    /// <summary>Creates a rule ID such as <c>OL201</c>.</summary>
    /// <param name="value">"OL" followed by three digits, the first from 1 to 5.</param>
    /// <exception cref="ArgumentException">The text is not of that form.</exception>
    public RuleId(string value)
    {
        if (value is null || !Pattern().IsMatch(value))
        {
            throw new ArgumentException($"Rule ID '{value}' is not of the form OL101…OL599.", nameof(value));
        }

        Value = value;
    }

    /// <summary>The ID text, for example <c>OL303</c>.</summary>
    public string Value { get; }

    /// <summary>The catalogue section: 1 preparation, 2 meeting, 3 evaluation, 4 tally, 5 follow-up.</summary>
    public int Section => Value[2] - '0';

    /// <inheritdoc />
    public int CompareTo(RuleId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Parses a rule ID such as <c>OL201</c>, as ASP.NET Core binds a route or query value.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: rule IDs are culture-independent.</param>
    /// <exception cref="FormatException">The text is not of the form OL101…OL599.</exception>
    public static RuleId Parse(string s, IFormatProvider? provider)
        => TryParse(s, provider, out var rule) ? rule : throw new FormatException($"Rule ID '{s}' is not of the form OL101…OL599.");

    /// <summary>Parses a rule ID such as <c>OL201</c>; false when the text is not one.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: rule IDs are culture-independent.</param>
    /// <param name="result">The rule ID, or the default value.</param>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out RuleId result)
    {
        result = s is not null && Pattern().IsMatch(s) ? new RuleId(s) : default;
        return result.Value is not null;
    }

    /// <summary>Parses a rule ID such as <c>OL201</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: rule IDs are culture-independent.</param>
    /// <exception cref="FormatException">The text is not of the form OL101…OL599.</exception>
    public static RuleId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString(), provider);

    /// <summary>Parses a rule ID such as <c>OL201</c>; false when the text is not one.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: rule IDs are culture-independent.</param>
    /// <param name="result">The rule ID, or the default value.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RuleId result) => TryParse(s.ToString(), provider, out result);

    [GeneratedRegex("^OL[1-5][0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
