using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.EvaluationRules;

/// <summary>OL309 CommitteeRated 评议班子 — the members rated the branch committee's work and style.</summary>
internal sealed class CommitteeRatedRule : MemberEvaluationRule
{
    // Formatted once, not per record.
    private static readonly string EvaluationCommitteeRatedPath = RecordPaths.Of(RecordPaths.Evaluation, "committeeRated");

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL309"),
        "CommitteeRated",
        "评议班子",
        "The members rated the branch committee's work and style.",
        Severity.Warning,
        [
            Sources.Municipal2016("二.5", "组织全体党员对党支部班子的工作、作风等进行评议。"),
            Sources.District2017("附件2 五", "按照统一制作的表格，对支部班子进行评议，对支部党员进行民主测评。"),
            Sources.Collection("第二篇 二.2", "以发放测评票请党员对班子进行评议。"),
        ])
    {
        ChineseSummary = "组织党员对党支部班子的工作、作风等进行评议。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL309.NotRated",
            "The members did not rate the branch committee.",
            "党员未对支部班子进行评议。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
        => OccurrenceCheck.Happened(context.Evaluation?.CommitteeRated, EvaluationCommitteeRatedPath, SubjectKind.Evaluation, "OL309.NotRated", Severity.Warning);
}
