using System.Collections.Immutable;
using OrgLife.Findings;

namespace OrgLife.Rules.Validation;

/// <summary>
/// A finding before the validator renders it: the subject, the message key, the rule's own severity
/// and the values for the message's placeholders (rendered in the caller's culture later).
/// </summary>
internal sealed record FindingDraft(FindingSubject Subject, string MessageKey, Severity Severity, ImmutableArray<(string Name, object Value)> Arguments);
