namespace OrgLife.Samples.MinimalApi;

/// <summary>What POST /tenants/{tenant}/validate answers: the report, one result per rule.</summary>
/// <param name="Branch">The branch validated, when the record names one.</param>
/// <param name="Policy">The policy's name.</param>
/// <param name="AsOf">The date of the validation (ISO).</param>
/// <param name="Results">One result per rule.</param>
public sealed record ValidationResponse(string? Branch, string Policy, string AsOf, IReadOnlyList<RuleResultResponse> Results);

/// <summary>One rule's result.</summary>
/// <param name="RuleId">The rule ID, for example OL201.</param>
/// <param name="Name">The rule's English name.</param>
/// <param name="Outcome">passed, violated, notEvaluated, disabled or notApplicable.</param>
/// <param name="Findings">The findings.</param>
/// <param name="MissingData">For "not evaluated": the record paths of the absent data.</param>
/// <param name="Note">Why the rule was not evaluated, disabled or not applicable.</param>
public sealed record RuleResultResponse(string RuleId, string Name, string Outcome, IReadOnlyList<FindingResponse> Findings, IReadOnlyList<string> MissingData, string? Note);

/// <summary>One finding.</summary>
/// <param name="Severity">info, warning or error.</param>
/// <param name="Subject">The record path (and ID) the finding is about.</param>
/// <param name="MessageKey">The message key.</param>
/// <param name="Message">The message in the culture asked for.</param>
public sealed record FindingResponse(string Severity, string Subject, string MessageKey, string Message);
