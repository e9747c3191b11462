namespace OrgLife.Ids;

/// <summary>
/// The vendor's identifier of a party group (党小组) within a branch. Never empty; compared ordinally.
/// The default value is not a valid ID and is rejected wherever an ID is required.
/// </summary>
public readonly record struct PartyGroupId : IComparable<PartyGroupId>, ISpanParsable<PartyGroupId>
{
    /// <summary>Creates an ID from the vendor's non-empty text.</summary>
    /// <param name="value">The identifier text: not empty, no leading or trailing white space, at most 128 characters.</param>
    /// <exception cref="ArgumentException">The text is empty, blank, padded or too long.</exception>
    public PartyGroupId(string value) => Value = IdText.Validate(value, nameof(PartyGroupId));

    /// <summary>The identifier text; null only for the default (invalid) value.</summary>
    public string Value { get; }

    /// <summary>True for the default value, which no valid record carries.</summary>
    public bool IsDefault => Value is null;

    /// <inheritdoc />
    public int CompareTo(PartyGroupId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Converts vendor text into an ID.</summary>
    /// <param name="value">The identifier text.</param>
    public static implicit operator PartyGroupId(string value) => new(value);

    /// <summary>Parses vendor text into an ID, as ASP.NET Core binds a route or query value.</summary>
    /// <param name="s">The identifier text.</param>
    /// <param name="provider">Ignored: IDs are culture-independent.</param>
    /// <exception cref="FormatException">The text is empty, blank, padded, too long or holds a control character.</exception>
    public static PartyGroupId Parse(string s, IFormatProvider? provider) => new(IdText.Parse(s, nameof(PartyGroupId)));

    /// <summary>Parses vendor text into an ID; false when it is not a valid ID.</summary>
    /// <param name="s">The identifier text.</param>
    /// <param name="provider">Ignored: IDs are culture-independent.</param>
    /// <param name="result">The ID, or the default (invalid) value.</param>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out PartyGroupId result)
    {
        result = IdText.Problem(s, nameof(PartyGroupId)) is null ? new(s!) : default;
        return !result.IsDefault;
    }

    /// <summary>Parses vendor text into an ID.</summary>
    /// <param name="s">The identifier text.</param>
    /// <param name="provider">Ignored: IDs are culture-independent.</param>
    /// <exception cref="FormatException">The text is not a valid ID.</exception>
    public static PartyGroupId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString(), provider);

    /// <summary>Parses vendor text into an ID; false when it is not a valid ID.</summary>
    /// <param name="s">The identifier text.</param>
    /// <param name="provider">Ignored: IDs are culture-independent.</param>
    /// <param name="result">The ID, or the default (invalid) value.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartyGroupId result) => TryParse(s.ToString(), provider, out result);
}
