using System.Collections.Immutable;
using Ardalis.GuardClauses;
using OrgLife.Findings;

namespace OrgLife.Rules.Extensibility;

/// <summary>
/// One finding of a rule before the validator renders it: what it is about, the key of one of the rule's
/// <see cref="OrgLifeRule.Messages"/>, the rule's own severity (a policy may override it) and the values of the
/// message's placeholders. Values are rendered invariantly (numbers, ISO dates) in the caller's culture's message.
/// </summary>
public sealed record RuleFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="subject">What the finding is about: its kind, ID and record path, for example <c>preparation.memberNotice</c>.</param>
    /// <param name="messageKey">The key of one of the rule's messages.</param>
    /// <param name="severity">The rule's own severity; Warning or Error make the rule "violated", Info leaves it passed.</param>
    /// <param name="arguments">The placeholders' values, by name; none when null.</param>
    public RuleFinding(FindingSubject subject, string messageKey, Severity severity, IReadOnlyDictionary<string, object>? arguments = null)
    {
        Subject = subject;
        MessageKey = Guard.Against.NullOrWhiteSpace(messageKey);
        Severity = Guard.Against.EnumOutOfRange(severity);
        Arguments = arguments is null ? ImmutableSortedDictionary<string, object>.Empty : arguments.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>What the finding is about.</summary>
    public FindingSubject Subject { get; }

    /// <summary>The key of one of the rule's messages.</summary>
    public string MessageKey { get; }

    /// <summary>The rule's own severity.</summary>
    public Severity Severity { get; }

    /// <summary>The placeholders' values, by name.</summary>
    public ImmutableSortedDictionary<string, object> Arguments { get; }
}
