using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;
using OrgLife.Findings;
using OrgLife.Records;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules;

/// <summary>
/// The validator: checks a branch record against every rule of the catalogue under a policy, as of
/// an explicit date, and returns a report with messages in the caller's culture. Pure and
/// synchronous: no clock read, no global culture, no state beyond a cache of the last policy's disabled rules; one instance may serve any number of threads.
/// Never throws for a record: should a rule fail unexpectedly (a defect), that rule's result is one Error
/// finding "internal error" naming the rule and the exception type (<see cref="CommonMessages.InternalError"/>),
/// and every other rule is still evaluated.
/// </summary>
public sealed class OrgLifeValidator : IOrgLifeValidator
{
    private readonly RuleCatalogue catalogue;

    // A passed result carries nothing of the record (immutable, no findings, no note), so each rule's is made
    // once and shared by every report: most rules pass, and this saves one allocation per rule and record.
    private readonly ImmutableArray<RuleResult> passed;

    // The disabled-rule flags of the last policy seen; replaced whole, never changed in place.
    private DisabledRules? lastDisabled;

    // By catalogue position, the last result that was a note (disabled, not evaluated, not applicable) and what it was
    // made of. Such a result holds nothing of the record but the paths it missed, and recurs record after record under one
    // policy, so it is shared as the passed results are. Entries are replaced whole; a race between threads makes one again.
    private readonly NotedResult?[] lastNoted;

    /// <summary>A validator over the built-in catalogue.</summary>
    public OrgLifeValidator()
        : this(RuleCatalogue.Default)
    {
    }

    /// <summary>A validator over <paramref name="catalogue"/>.</summary>
    /// <param name="catalogue">The rule catalogue.</param>
    public OrgLifeValidator(RuleCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        this.catalogue = catalogue;
        passed = [.. catalogue.Rules.Select(rule => new RuleResult(rule.Descriptor, RuleOutcome.Passed, [], [], null))];
        lastNoted = new NotedResult?[catalogue.Rules.Length];
    }

    /// <inheritdoc />
    public ValidationReport Validate(BranchRecord record, OrgLifePolicy policy, LocalDate asOf, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(culture);
        var language = MessageLanguages.For(culture);
        var context = new RuleContext(IsoDates.Of(record), IsoDates.Of(policy), IsoDates.Of(asOf));
        var disabled = DisabledIn(policy);
        // Arrays handed over as immutable arrays (never changed after): no builder object per record and rule.
        var results = new RuleResult[catalogue.Rules.Length];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = EvaluateSafely(catalogue.Rules[i], disabled is not null && disabled[i], context, language, ref lastNoted[i]) ?? passed[i];
        }

        return new ValidationReport(record.Branch?.Id, policy.Name, asOf, language, ImmutableCollectionsMarshal.AsImmutableArray(results));
    }

    /// <summary>
    /// Which rules of the catalogue <paramref name="policy"/> disables, by catalogue position; null when none. Kept for
    /// the last policy seen (by reference: a policy is immutable), since a run validates many records under one policy
    /// and a look-up in the policy's set hashes the rule ID for each of ~50 rules per record. A race between threads
    /// with different policies only computes the flags again.
    /// </summary>
    private bool[]? DisabledIn(OrgLifePolicy policy)
    {
        if (policy.DisabledRules.IsEmpty)
        {
            return null;
        }

        var last = lastDisabled;
        if (last is not null && ReferenceEquals(last.Policy, policy))
        {
            return last.Flags;
        }

        var flags = new bool[catalogue.Rules.Length];
        for (var i = 0; i < flags.Length; i++)
        {
            flags[i] = policy.IsDisabled(catalogue.Rules[i].Descriptor.Id);
        }

        lastDisabled = new DisabledRules(policy, flags);
        return flags;
    }

    /// <summary>
    /// The safety net around <see cref="Evaluate"/>: an exception of the rule becomes its result, so one defective rule
    /// cannot cost the vendor the report. Only the rule ID and the exception's type are shown: an exception's message
    /// may quote the record, which a report must not leak. The tests show no rule of the catalogue needs this.
    /// </summary>
    private static RuleResult? EvaluateSafely(Rule rule, bool disabled, RuleContext context, MessageLanguage language, ref NotedResult? noted)
    {
        try
        {
            return Evaluate(rule, disabled, context, language, ref noted);
        }
#pragma warning disable CA1031 // The net exists to catch whatever a rule throws; the failure is reported as the rule's result.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return InternalError(rule.Descriptor, ex.GetType().Name, language);
        }
    }

    private static RuleResult InternalError(RuleDescriptor descriptor, string exceptionType, MessageLanguage language)
    {
        ImmutableArray<(string Name, object Value)> arguments = [("rule", descriptor.Id.ToString()), ("exception", exceptionType)];
        var finding = new Finding(
            descriptor.Id,
            Severity.Error,
            new FindingSubject(SubjectKind.Branch, null, "record"),
            CommonMessages.InternalError.Key,
            MessageRenderer.Invariant(arguments),
            MessageRenderer.Render(CommonMessages.InternalError, language, arguments),
            descriptor.Sources);
        return new RuleResult(descriptor, RuleOutcome.Violated, [finding], [], null) { FindingMessages = [new(CommonMessages.InternalError, arguments)] };
    }

    /// <summary>
    /// The rule's result, or null when it passed with no findings (the caller uses the shared passed result). A note's
    /// result made of the same parts as <paramref name="noted"/>'s is that one; a new one replaces it.
    /// </summary>
    private static RuleResult? Evaluate(Rule rule, bool disabled, RuleContext context, MessageLanguage language, ref NotedResult? noted)
    {
        var descriptor = rule.Descriptor;
        if (disabled)
        {
            if (noted is { } last && last.Matches(RuleOutcome.Disabled, context.Policy, [], language))
            {
                return last.Result;
            }

            var note = new MessageRendering(CommonMessages.Disabled, [("policy", context.Policy.Name)]);
            return (noted = new NotedResult(RuleOutcome.Disabled, context.Policy, [], language, new RuleResult(descriptor, RuleOutcome.Disabled, [], note, language))).Result;
        }

        var evaluation = context.Meeting is { } meeting && !rule.AppliesTo(meeting.Kind)
            ? RuleEvaluation.NotApplicableTo(meeting.Kind)
            : rule.Evaluate(context);
        if (!evaluation.MissingData.IsEmpty)
        {
            if (noted is { } last && last.Matches(RuleOutcome.NotEvaluated, null, evaluation.MissingData, language))
            {
                return last.Result;
            }

            var note = new MessageRendering(CommonMessages.NotEvaluated, [("missing", string.Join(", ", evaluation.MissingData))]);
            return (noted = new NotedResult(RuleOutcome.NotEvaluated, null, evaluation.MissingData, language, new RuleResult(descriptor, RuleOutcome.NotEvaluated, evaluation.MissingData, note, language))).Result;
        }

        if (evaluation.NotApplicableNote is { } why)
        {
            // The note's draft is shared while its reasons stay (RuleEvaluation keeps them): compared by reference.
            if (noted is { } last && last.Matches(RuleOutcome.NotApplicable, why, [], language))
            {
                return last.Result;
            }

            var noteTemplate = why.MessageKey == CommonMessages.NotApplicableToKind.Key ? CommonMessages.NotApplicableToKind : CommonMessages.NotRequiredByPolicy;
            var note = new MessageRendering(noteTemplate, why.Arguments);
            return (noted = new NotedResult(RuleOutcome.NotApplicable, why, [], language, new RuleResult(descriptor, RuleOutcome.NotApplicable, [], note, language))).Result;
        }

        if (evaluation.Findings.IsEmpty)
        {
            return null;
        }

        // A plain loop: most rules pass, and those that do not make few findings; this runs ~50 times per record.
        var findings = new Finding[evaluation.Findings.Length];
        var messages = new MessageRendering[findings.Length];
        var outcome = RuleOutcome.Passed;
        // A rule's findings mostly share one message and one severity (OL308's fifteen Info notes): the template and the
        // severity in force, functions of the key and of the rule's severity alone, are looked up again only when these change.
        var template = default(MessageTemplate);
        var ruleSeverity = default(Severity?);
        var severity = default(Severity);
        for (var i = 0; i < findings.Length; i++)
        {
            var draft = evaluation.Findings[i];
            if (template is null || !string.Equals(template.Key, draft.MessageKey, StringComparison.Ordinal))
            {
                template = TemplateOf(rule, draft.MessageKey);
            }

            if (ruleSeverity != draft.Severity)
            {
                (ruleSeverity, severity) = (draft.Severity, SeverityInForce(rule, draft.Severity, context));
            }

            var finding = Render(rule, draft, template, severity, language, out messages[i]);
            outcome = finding.Severity >= Severity.Warning ? RuleOutcome.Violated : outcome;
            findings[i] = finding;
        }

        return new RuleResult(descriptor, outcome, ImmutableCollectionsMarshal.AsImmutableArray(findings), [], null)
        {
            FindingMessages = ImmutableCollectionsMarshal.AsImmutableArray(messages),
        };
    }

    /// <summary>The finding of <paramref name="draft"/>; its arguments and message are formatted when first read.</summary>
    private static Finding Render(Rule rule, FindingDraft draft, MessageTemplate template, Severity severity, MessageLanguage language, out MessageRendering message)
    {
        var rendering = new MessageRendering(template, draft.Arguments) { Language = language };
        message = rendering;
        // The rendering is the finding's text: no delegate or closure object per finding.
        return new Finding(rule.Descriptor.Id, severity, draft.Subject, draft.MessageKey, rendering, rule.Descriptor.Sources);
    }

    /// <summary>The severity in force for a finding the rule made at <paramref name="severity"/>: the policy's override, capped under the simplified procedure.</summary>
    private static Severity SeverityInForce(Rule rule, Severity severity, RuleContext context)
        => SimplifiedProcedure.Cap(context, rule.Descriptor.Id, context.Policy.SeverityFor(rule.Descriptor.Id, severity));

    // A loop, not FirstOrDefault with a lambda: no closure per finding.
    private static MessageTemplate TemplateOf(Rule rule, string key)
    {
        foreach (var template in rule.Messages)
        {
            if (string.Equals(template.Key, key, StringComparison.Ordinal))
            {
                return template;
            }
        }

        throw new InvalidOperationException($"Rule {rule.Descriptor.Id} made a finding with message key '{key}' it does not declare.");
    }

    /// <summary>A policy and, by catalogue position, whether it disables each rule.</summary>
    private sealed record DisabledRules(OrgLifePolicy Policy, bool[] Flags);

    /// <summary>
    /// A note's result and what it was made of: the outcome, the policy (disabled) or the note's draft (not applicable),
    /// both immutable and compared by reference, the paths missed (not evaluated) and the language.
    /// </summary>
    private sealed record NotedResult(RuleOutcome Outcome, object? Source, ImmutableArray<string> Missing, MessageLanguage Language, RuleResult Result)
    {
        /// <summary>True when a result of these parts is <see cref="Result"/>.</summary>
        public bool Matches(RuleOutcome outcome, object? source, ImmutableArray<string> missing, MessageLanguage language)
            => Outcome == outcome && Language == language && ReferenceEquals(Source, source) && SamePaths(Missing, missing);

        private static bool SamePaths(ImmutableArray<string> a, ImmutableArray<string> b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (var i = 0; i < a.Length; i++)
            {
                if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
