namespace OrgLife.Tally.Reports;

/// <summary>The result of a <see cref="TurnoutCondition"/> for one assessment.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Counted">The count, or null when not recorded.</param>
/// <param name="Base">The base, or null when not recorded.</param>
/// <param name="IsMet">True when met; false when failed or not evaluated.</param>
/// <param name="Reason">Why the assessment is not valid ("not evaluated: missing members due (应到)", "12 returned of 20 due is not at least 2/3"), or null when met.</param>
public sealed record TurnoutOutcome(TurnoutCondition Condition, long? Counted, long? Base, bool IsMet, string? Reason);
