using System.Globalization;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Box;

/// <summary>A void mark on an accepted ballot, naming the ballot, the candidate and the criterion.</summary>
/// <param name="Code">The reason.</param>
/// <param name="Serial">The ballot's serial.</param>
/// <param name="Candidate">The candidate as written; null for the committee section.</param>
/// <param name="Criterion">The criterion as resolved or written.</param>
/// <param name="Text">A sentence for the operator, in either culture.</param>
public sealed record MarkProblem(MarkProblemCode Code, string Serial, string? Candidate, string Criterion, TallyMessage Text)
{
    /// <summary>The sentence for the operator in English.</summary>
    public string Message => Text.ToString();

    /// <summary>The sentence for the operator in <paramref name="culture"/> (Simplified Chinese for any <c>zh</c> culture).</summary>
    /// <param name="culture">The caller's culture.</param>
    public string MessageIn(CultureInfo culture) => Text.In(culture);
}
