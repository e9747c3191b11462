namespace OrgLife.Json.Output;

/// <summary>Across the records of an input: in how many one rule was violated and not evaluated.</summary>
/// <param name="RuleId">The rule, <c>OL201</c>.</param>
/// <param name="ViolatedIn">Records in which it was violated.</param>
/// <param name="NotEvaluatedIn">Records in which it was not evaluated.</param>
public sealed record RuleTally(string RuleId, int ViolatedIn, int NotEvaluatedIn);
