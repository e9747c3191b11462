using System.Collections.Immutable;
using Ardalis.GuardClauses;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.Extensibility;

/// <summary>A vendor's <see cref="OrgLifeRule"/> as the validator runs it: descriptor and messages read once, the check mapped.</summary>
internal sealed class CustomRule : Rule
{
    private readonly OrgLifeRule rule;

    public CustomRule(OrgLifeRule rule)
    {
        this.rule = Guard.Against.Null(rule);
        Descriptor = rule.Descriptor ?? throw new ArgumentException($"{rule.GetType().Name}.Descriptor is null.", nameof(rule));
        Messages = rule.Messages.IsDefault ? [] : rule.Messages;
    }

    public override RuleDescriptor Descriptor { get; }

    public override ImmutableArray<MessageTemplate> Messages { get; }

    public override bool AppliesTo(MeetingKind kind) => rule.AppliesTo(kind);

    public override RuleEvaluation Evaluate(RuleContext context)
        => (rule.Check(new RuleInput(context.Record, context.Policy, context.AsOf)) ?? throw new InvalidOperationException($"Rule {Descriptor.Id} returned no check.")).Evaluation;
}
