using System.Globalization;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Box;

/// <summary>Why a ballot was rejected, naming the ballot and the field.</summary>
/// <param name="Code">The reason.</param>
/// <param name="Serial">The ballot's serial as given (may be empty for <see cref="RejectionCode.MissingSerial"/>).</param>
/// <param name="Field">The offending field: <c>serial</c> or <c>category</c>.</param>
/// <param name="Text">A sentence for the operator, in either culture.</param>
public sealed record BallotRejection(RejectionCode Code, string Serial, string Field, TallyMessage Text)
{
    /// <summary>The sentence for the operator in English.</summary>
    public string Message => Text.ToString();

    /// <summary>The sentence for the operator in <paramref name="culture"/> (Simplified Chinese for any <c>zh</c> culture).</summary>
    /// <param name="culture">The caller's culture.</param>
    public string MessageIn(CultureInfo culture) => Text.In(culture);
}
