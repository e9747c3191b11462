using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Messages;

namespace OrgLife.Rules;

/// <summary>One rule's result in a validation report: its outcome, its findings, and for a rule not evaluated the data it missed.</summary>
public sealed record RuleResult
{
    internal RuleResult(RuleDescriptor rule, RuleOutcome outcome, ImmutableArray<Finding> findings, ImmutableArray<string> missingData, string? note)
    {
        Rule = rule;
        Outcome = outcome;
        Findings = findings;
        MissingData = missingData;
        note_ = note;
    }

    /// <summary>A result whose note is rendered from <paramref name="note"/> in <paramref name="language"/> when first read.</summary>
    internal RuleResult(RuleDescriptor rule, RuleOutcome outcome, ImmutableArray<string> missingData, MessageRendering note, MessageLanguage language)
        : this(rule, outcome, [], missingData, null)
    {
        NoteMessage = note;
        noteLanguage = language;
    }

    /// <summary>The rule's descriptor.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The rule's ID.</summary>
    public RuleId RuleId => Rule.Id;

    /// <summary>Passed, violated, not evaluated, disabled or not applicable.</summary>
    public RuleOutcome Outcome { get; }

    /// <summary>The findings, in the order the rule made them; empty when not evaluated.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>For <see cref="RuleOutcome.NotEvaluated"/>: the record paths of the missing data, for example <c>meeting.attendance</c>.</summary>
    public ImmutableArray<string> MissingData { get; }

    /// <summary>For a rule not evaluated, disabled or not applicable: why, in the caller's language; otherwise null.</summary>
    public string? Note => note_ ??= NoteMessage?.In(noteLanguage);

    /// <summary>Each finding's message with its typed arguments, in the order of <see cref="Findings"/>; default when not kept.</summary>
    internal ImmutableArray<MessageRendering> FindingMessages { get; init; }

    /// <summary>The note's message with its typed arguments, when there is a note.</summary>
    internal MessageRendering? NoteMessage { get; init; }

    // Rendered when first read: most callers never read the notes of rules not evaluated or not applicable. A race
    // renders twice to the same string, which is harmless for an immutable value.
    private readonly MessageLanguage noteLanguage;
    private string? note_;

    /// <summary>The highest severity among the findings, or null when there are none.</summary>
    public Severity? HighestSeverity => Findings.IsEmpty ? null : Findings.Max(f => f.Severity);

    /// <summary>The result with its findings' messages and its note rendered again in <paramref name="language"/>.</summary>
    internal RuleResult In(MessageLanguage language)
    {
        var findings = Findings;
        if (!FindingMessages.IsDefault)
        {
            var rendered = ImmutableArray.CreateBuilder<Finding>(Findings.Length);
            for (var i = 0; i < Findings.Length; i++)
            {
                var f = Findings[i];
                rendered.Add(new Finding(f.RuleId, f.Severity, f.Subject, f.MessageKey, f.Arguments, FindingMessages[i].In(language), f.Sources));
            }

            findings = rendered.MoveToImmutable();
        }

        return NoteMessage is { } note
            ? new RuleResult(Rule, Outcome, MissingData, note, language) { FindingMessages = FindingMessages }
            : new RuleResult(Rule, Outcome, findings, MissingData, Note) { FindingMessages = FindingMessages };
    }

    /// <summary>The message of <paramref name="finding"/>, one of <see cref="Findings"/>, in <paramref name="language"/>; null when it is not one.</summary>
    internal string? MessageOf(Finding finding, MessageLanguage language)
    {
        var at = Findings.IndexOf(finding);
        return at < 0 || FindingMessages.IsDefault ? null : FindingMessages[at].In(language);
    }

    /// <summary>Results are equal when their rule, outcome, findings (in order), missing data and note are.</summary>
    /// <param name="other">The other result.</param>
    public bool Equals(RuleResult? other) => other is not null && Rule == other.Rule && Outcome == other.Outcome
        && Findings.SequenceEqual(other.Findings) && MissingData.SequenceEqual(other.MissingData) && Note == other.Note;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule.Id, Outcome, Findings.Length, Note);
}
