using System.Collections.Immutable;

namespace OrgLife.Findings;

/// <summary>
/// One thing a rule found wrong (or worth knowing) in a branch record: the rule, the severity in
/// force, the subject, a message in the culture the caller asked for, the message key and its
/// arguments (to render it again in another culture) and the sources. Immutable.
/// </summary>
public sealed record Finding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="ruleId">The rule that made the finding.</param>
    /// <param name="severity">The severity in force under the policy used.</param>
    /// <param name="subject">What the finding is about.</param>
    /// <param name="messageKey">The key of the message template, for example <c>OL201.Violated</c>.</param>
    /// <param name="arguments">The named values filled into the template.</param>
    /// <param name="message">The rendered message in the requested culture.</param>
    /// <param name="sources">The sources of the rule.</param>
    /// <exception cref="ArgumentException">The key or message is empty.</exception>
    public Finding(RuleId ruleId, Severity severity, FindingSubject subject, string messageKey, ImmutableDictionary<string, string> arguments, string message, ImmutableArray<SourceCitation> sources)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentNullException.ThrowIfNull(arguments);
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, $"Finding of {ruleId}: unknown severity.");
        }

        RuleId = ruleId;
        Severity = severity;
        Subject = subject;
        MessageKey = messageKey;
        this.arguments = arguments;
        this.message = message;
        Sources = sources.IsDefault ? [] : sources;
    }

    /// <summary>
    /// Creates a finding whose arguments and message are rendered from <paramref name="text"/> when first read, so a
    /// finding nobody reads costs no formatting (the validator makes its findings this way). Thread safe.
    /// </summary>
    /// <param name="ruleId">The rule that made the finding.</param>
    /// <param name="severity">The severity in force under the policy used.</param>
    /// <param name="subject">What the finding is about.</param>
    /// <param name="messageKey">The key of the message template, for example <c>OL201.Violated</c>.</param>
    /// <param name="text">Renders the named values filled into the template and the message in the requested culture.</param>
    /// <param name="sources">The sources of the rule.</param>
    /// <exception cref="ArgumentException">The key is empty.</exception>
    public Finding(RuleId ruleId, Severity severity, FindingSubject subject, string messageKey, IFindingText text, ImmutableArray<SourceCitation> sources)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageKey);
        ArgumentNullException.ThrowIfNull(text);
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, $"Finding of {ruleId}: unknown severity.");
        }

        RuleId = ruleId;
        Severity = severity;
        Subject = subject;
        MessageKey = messageKey;
        this.text = text;
        Sources = sources.IsDefault ? [] : sources;
    }

    /// <summary>The rule that made the finding.</summary>
    public RuleId RuleId { get; }

    /// <summary>The severity in force under the policy used.</summary>
    public Severity Severity { get; }

    /// <summary>What the finding is about.</summary>
    public FindingSubject Subject { get; }

    /// <summary>The key of the message template, for example <c>OL201.Violated</c>.</summary>
    public string MessageKey { get; }

    /// <summary>The named values filled into the message template, as invariant text.</summary>
    public ImmutableDictionary<string, string> Arguments => arguments ??= text!.RenderArguments();

    /// <summary>The rendered message in the culture the caller asked for.</summary>
    public string Message => message ??= Rendered(text!.RenderMessage());

    /// <summary>The sources of the rule.</summary>
    public ImmutableArray<SourceCitation> Sources { get; }

    // Set once rendered; a race renders twice to the same value, which is harmless for immutable values.
    private readonly IFindingText? text;
    private ImmutableDictionary<string, string>? arguments;
    private string? message;

    /// <inheritdoc />
    public bool Equals(Finding? other) => other is not null && RuleId == other.RuleId && Severity == other.Severity
        && Subject == other.Subject && MessageKey == other.MessageKey && Message == other.Message
        && Arguments.Count == other.Arguments.Count
        && Arguments.All(a => other.Arguments.TryGetValue(a.Key, out var value) && value == a.Value)
        && Sources.SequenceEqual(other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleId, Severity, Subject, MessageKey, Message);

    private static string Rendered(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text, nameof(Message));
        return text;
    }

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {Severity} {Subject}: {Message}";
}
