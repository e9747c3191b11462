using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.FollowUpRules;

/// <summary>OL503 RectificationPublic 整改公示 — the rectification measures were made public to members and the masses.</summary>
internal sealed class RectificationPublicRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL503"),
        "RectificationPublic",
        "整改公示",
        "The rectification measures were made public to members and the masses.",
        Severity.Warning,
        [Sources.City2019("三(四)"), Sources.Village2019("二.6"), Sources.Collection("第一篇 3.3")]);

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL503.NotPublicized",
            "The rectification measures were not made public to members and the masses.",
            "整改措施未向党员群众公开。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
        => OccurrenceCheck.Happened(context.FollowUp?.RectificationPublicized, RecordPaths.Of(RecordPaths.FollowUp, "rectificationPublicized"), SubjectKind.FollowUp, "OL503.NotPublicized", Severity.Warning);
}
