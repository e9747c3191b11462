using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.EvaluationRules;

/// <summary>OL309 CommitteeRated 评议班子 — the members rated the branch committee's work and style.</summary>
internal sealed class CommitteeRatedRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL309"),
        "CommitteeRated",
        "评议班子",
        "The members rated the branch committee's work and style.",
        Severity.Warning,
        [Sources.Municipal2016("二.5"), Sources.District2017("附件2 五.4"), Sources.Collection("第二篇 二.2")]);

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL309.NotRated",
            "The members did not rate the branch committee.",
            "党员未对支部班子进行评议。"),
    ];

    /// <summary>Not applicable to a leadership 民主生活会 (RULES.md Revision 2, "Evaluation").</summary>
    public override bool AppliesTo(MeetingKind kind) => kind != MeetingKind.DemocraticLife;

    public override RuleEvaluation Evaluate(RuleContext context)
        => OccurrenceCheck.Happened(context.Evaluation?.CommitteeRated, RecordPaths.Of(RecordPaths.Evaluation, "committeeRated"), SubjectKind.Evaluation, "OL309.NotRated", Severity.Warning);
}
