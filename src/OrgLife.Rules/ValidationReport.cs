using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;
using OrgLife.Findings;
using OrgLife.Ids;
using OrgLife.Rules.Messages;

namespace OrgLife.Rules;

/// <summary>
/// The result of validating one branch record: one <see cref="RuleResult"/> per rule of the
/// catalogue, in ID order, and the questions vendors ask of it (any errors? which findings?).
/// Immutable and thread safe.
/// </summary>
public sealed record ValidationReport
{
    internal ValidationReport(BranchId? branchId, string policyName, LocalDate asOf, MessageLanguage language, ImmutableArray<RuleResult> results)
    {
        BranchId = branchId;
        PolicyName = policyName;
        AsOf = asOf;
        Language = language;
        Results = results;
        Findings = Flatten(results);
    }

    /// <summary>The branch validated, when the record names one.</summary>
    public BranchId? BranchId { get; }

    /// <summary>The name of the policy used.</summary>
    public string PolicyName { get; }

    /// <summary>The as-of date of the validation.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The language the messages are in.</summary>
    public MessageLanguage Language { get; }

    /// <summary>One result per rule, in rule-ID order.</summary>
    public ImmutableArray<RuleResult> Results { get; }

    /// <summary>Every finding of every rule, in rule-ID order.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>True when any finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>True when any finding is a warning.</summary>
    public bool HasWarnings => Findings.Any(f => f.Severity == Severity.Warning);

    /// <summary>The findings of at least <paramref name="minimum"/> severity.</summary>
    /// <param name="minimum">The least severity to keep.</param>
    public IEnumerable<Finding> FindingsAtLeast(Severity minimum) => Findings.Where(f => f.Severity >= minimum);

    /// <summary>The findings of one rule.</summary>
    /// <param name="rule">The rule.</param>
    public IEnumerable<Finding> FindingsOf(RuleId rule) => ResultFor(rule).Findings;

    /// <summary>The result of one rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <exception cref="KeyNotFoundException">The catalogue has no such rule.</exception>
    public RuleResult ResultFor(RuleId rule)
        => Results.FirstOrDefault(r => r.RuleId == rule) ?? throw new KeyNotFoundException($"The report has no result for rule {rule}.");

    /// <summary>The results with the given outcome.</summary>
    /// <param name="outcome">The outcome to keep.</param>
    public IEnumerable<RuleResult> ResultsWith(RuleOutcome outcome) => Results.Where(r => r.Outcome == outcome);

    /// <summary>
    /// The same report with every finding's message and every note rendered again in <paramref name="culture"/>'s
    /// language (Simplified Chinese for zh-*, else English), from the typed arguments the rules gave: a vendor stores
    /// or caches one report and shows it to each user in their language.
    /// </summary>
    /// <param name="culture">The language to render in.</param>
    public ValidationReport In(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var language = MessageLanguages.For(culture);
        var results = ImmutableArray.CreateBuilder<RuleResult>(Results.Length);
        foreach (var result in Results)
        {
            results.Add(result.In(language));
        }

        return new ValidationReport(BranchId, PolicyName, AsOf, language, results.MoveToImmutable());
    }

    /// <summary>The message of one of this report's findings rendered in <paramref name="culture"/>'s language.</summary>
    /// <param name="finding">A finding of this report.</param>
    /// <param name="culture">The language to render in.</param>
    /// <exception cref="ArgumentException"><paramref name="finding"/> is not one of this report's findings.</exception>
    public string MessageIn(Finding finding, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(culture);
        var language = MessageLanguages.For(culture);
        foreach (var result in Results)
        {
            if (result.RuleId == finding.RuleId && result.MessageOf(finding, language) is { } message)
            {
                return message;
            }
        }

        throw new ArgumentException($"The finding '{finding}' is not one of this report's findings.", nameof(finding));
    }

    /// <summary>Reports are equal when they hold the same results in the same order (value equality, not array identity).</summary>
    /// <param name="other">The other report.</param>
    public bool Equals(ValidationReport? other) => other is not null && BranchId == other.BranchId && PolicyName == other.PolicyName
        && AsOf == other.AsOf && Language == other.Language && Results.SequenceEqual(other.Results);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(BranchId, PolicyName, AsOf, Language, Results.Length);

    private static ImmutableArray<Finding> Flatten(ImmutableArray<RuleResult> results)
    {
        // A plain loop, and no allocation at all for a clean record: this runs once per validated record.
        var count = 0;
        foreach (var result in results)
        {
            count += result.Findings.Length;
        }

        if (count == 0)
        {
            return [];
        }

        var findings = new Finding[count];
        var at = 0;
        foreach (var result in results)
        {
            result.Findings.CopyTo(findings, at);
            at += result.Findings.Length;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(findings);
    }
}
