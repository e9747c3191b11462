using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.EvaluationRules;

/// <summary>OL307 Publicity 公示 — the determinations were made public within a scope.</summary>
internal sealed class PublicityRule : MemberEvaluationRule
{
    // Formatted once, not per record.
    private static readonly string EvaluationPublicityPath = RecordPaths.Of(RecordPaths.Evaluation, "publicity");

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL307"),
        "Publicity",
        "公示",
        "The determinations were made public within a scope.",
        Severity.Warning,
        [
            Sources.City2019("三(二)", "确定评定等次并向本人反馈，在一定范围内公示。"),
        ])
    {
        ChineseSummary = "评定结果在一定范围内公示。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL307.NotPublicized",
            "The determinations were not made public.",
            "评定结果未在一定范围内公示。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
        => OccurrenceCheck.Happened(context.Evaluation?.Publicity, EvaluationPublicityPath, SubjectKind.Evaluation, "OL307.NotPublicized", Severity.Warning);
}
