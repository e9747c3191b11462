using System.Globalization;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Reports;

/// <summary>The result of a <see cref="TurnoutCondition"/> for one assessment.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Counted">The count, or null when not recorded.</param>
/// <param name="Base">The base, or null when not recorded.</param>
/// <param name="IsMet">True when met; false when failed or not evaluated.</param>
/// <param name="Why">Why the assessment is not valid, as a message in either culture; or null when met.</param>
public sealed record TurnoutOutcome(TurnoutCondition Condition, long? Counted, long? Base, bool IsMet, TallyMessage? Why)
{
    /// <summary>Why the assessment is not valid in English ("not evaluated: missing members due (应到)", "… is not at least 2/3"), or null when met.</summary>
    public string? Reason => Why?.ToString();

    /// <summary>Why the assessment is not valid in <paramref name="culture"/> (Simplified Chinese for any <c>zh</c> culture), or null when met.</summary>
    /// <param name="culture">The caller's culture.</param>
    public string? ReasonIn(CultureInfo culture) => Why?.In(culture);
}
