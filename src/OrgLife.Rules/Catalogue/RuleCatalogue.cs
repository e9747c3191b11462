using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Extensibility;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.Catalogue;

/// <summary>
/// The rule catalogue: every rule's descriptor (ID, English and Chinese names, default severity,
/// sources) and every message template, in rule-ID order. docs/rules.md is checked against it.
/// Immutable and thread safe.
/// </summary>
public sealed class RuleCatalogue
{
    private readonly ImmutableDictionary<RuleId, Rule> byId;

    private RuleCatalogue(ImmutableArray<Rule> rules)
    {
        Rules = [.. rules.OrderBy(r => r.Descriptor.Id)];
        byId = Rules.ToImmutableDictionary(r => r.Descriptor.Id);
        ValidatorDescriptors = [.. Rules.Select(r => r.Descriptor)];
        Descriptors = [.. ValidatorDescriptors.Concat(TallyRules.All).OrderBy(d => d.Id)];
        Messages = [.. CommonMessages.All, .. Rules.SelectMany(r => r.Messages)];
    }

    /// <summary>The catalogue of every built-in rule: OL1xx, OL2xx, OL3xx and OL5xx evaluated by the validator, OL4xx listed for the tally.</summary>
    public static RuleCatalogue Default { get; } = new(RuleSet.All);

    /// <summary>
    /// This catalogue with <paramref name="rule"/> added: the validator over the result evaluates it beside the others, in
    /// rule-ID order (docs/extending.md). The catalogue itself is unchanged.
    /// </summary>
    /// <param name="rule">A vendor's or province's rule.</param>
    /// <returns>A new catalogue.</returns>
    /// <exception cref="ArgumentException">The catalogue already has a rule with that ID; a message key does not start with the rule ID and a dot or is already used; an English and a Chinese text use different placeholders.</exception>
    public RuleCatalogue With(OrgLifeRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return With([rule]);
    }

    /// <summary>This catalogue with every rule of <paramref name="rules"/> added (the catalogue itself when there are none); see <see cref="With(OrgLifeRule)"/>.</summary>
    /// <param name="rules">Vendors' or provinces' rules.</param>
    /// <returns>A new catalogue, or this one when <paramref name="rules"/> is empty.</returns>
    /// <exception cref="ArgumentException">As for <see cref="With(OrgLifeRule)"/>.</exception>
    public RuleCatalogue With(IEnumerable<OrgLifeRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var added = rules.Select(r => new CustomRule(r ?? throw new ArgumentException("A rule is null.", nameof(rules)))).ToList();
        if (added.Count == 0)
        {
            return this;
        }

        var keys = new HashSet<string>(Messages.Select(m => m.Key), StringComparer.Ordinal);
        var ids = new HashSet<RuleId>(Descriptors.Select(d => d.Id));
        foreach (var rule in added)
        {
            var id = rule.Descriptor.Id;
            if (!ids.Add(id))
            {
                throw new ArgumentException($"The catalogue already has a rule {id}; a local rule takes an ID from the x90–x99 block of its section.", nameof(rules));
            }

            foreach (var message in rule.Messages)
            {
                if (!message.Key.StartsWith(id.Value + ".", StringComparison.Ordinal) || !keys.Add(message.Key))
                {
                    throw new ArgumentException($"Rule {id}: message key '{message.Key}' must start with '{id}.' and be used once.", nameof(rules));
                }

                if (!MessageTemplate.PlaceholdersOf(message.English).Order(StringComparer.Ordinal).SequenceEqual(MessageTemplate.PlaceholdersOf(message.Chinese).Order(StringComparer.Ordinal), StringComparer.Ordinal))
                {
                    throw new ArgumentException($"Rule {id}: message '{message.Key}' has different placeholders in English and Chinese.", nameof(rules));
                }
            }
        }

        return new([.. Rules, .. added]);
    }

    /// <summary>A catalogue of <paramref name="rules"/>: for tests of the validator with rules of their own.</summary>
    internal static RuleCatalogue Of(ImmutableArray<Rule> rules) => new(rules);

    /// <summary>Every rule's descriptor, in ID order: the validator's and the tally's (OL401–OL405, <see cref="RuleEvaluator.Tally"/>).</summary>
    public ImmutableArray<RuleDescriptor> Descriptors { get; }

    /// <summary>The descriptors of the rules the validator evaluates (one result each in a report), in ID order.</summary>
    public ImmutableArray<RuleDescriptor> ValidatorDescriptors { get; }

    /// <summary>Every message template: the common ones, then each rule's.</summary>
    public ImmutableArray<MessageTemplate> Messages { get; }

    /// <summary>The rules, in ID order.</summary>
    internal ImmutableArray<Rule> Rules { get; }

    /// <summary>The descriptor of <paramref name="id"/>.</summary>
    /// <param name="id">The rule ID.</param>
    /// <exception cref="KeyNotFoundException">The catalogue has no such rule.</exception>
    public RuleDescriptor this[RuleId id] => Descriptors.FirstOrDefault(d => d.Id == id) ?? throw new KeyNotFoundException($"The catalogue has no rule {id}.");

    /// <summary>True when the catalogue holds <paramref name="id"/>.</summary>
    /// <param name="id">The rule ID.</param>
    public bool Contains(RuleId id) => byId.ContainsKey(id) || TallyRules.All.Any(d => d.Id == id);

    /// <summary>The message template with <paramref name="key"/>.</summary>
    /// <param name="key">The key, for example <c>OL201.Violated</c>.</param>
    /// <exception cref="KeyNotFoundException">No template has that key.</exception>
    public MessageTemplate Message(string key) => Messages.FirstOrDefault(m => m.Key == key) ?? throw new KeyNotFoundException($"No message template has key '{key}'.");
}
