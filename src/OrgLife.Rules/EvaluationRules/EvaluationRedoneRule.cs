using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.EvaluationRules;

/// <summary>
/// OL312 EvaluationRedone 失真失实重新评议 — an evaluation the superior found 失真失实 and ordered redone was redone
/// (Municipal-2016 三.2 "对民主评议党员失真失实的要责令重新进行"): an error when ordered and not redone. Reads
/// <c>evaluation.redoOrdered</c> (recorded as not ordered: passes) and, when ordered, <c>evaluation.redone</c>.
/// </summary>
internal sealed class EvaluationRedoneRule : MemberEvaluationRule
{
    // Formatted once, not per record.
    private static readonly string EvaluationRedoOrderedPath = RecordPaths.Of(RecordPaths.Evaluation, "redoOrdered");
    private static readonly string EvaluationRedonePath = RecordPaths.Of(RecordPaths.Evaluation, "redone");

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL312"),
        "EvaluationRedone",
        "失真失实重新评议",
        "An evaluation the superior found distorted (失真失实) and ordered redone was redone.",
        Severity.Error,
        [
            Sources.Municipal2016("三.2", "对民主评议党员失真失实的要责令重新进行，防止走过场、出偏差。"),
        ])
    {
        ChineseSummary = "上级党组织认定民主评议党员失真失实、责令重新进行的，已重新进行。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL312.NotRedone",
            "The superior ordered the evaluation redone (失真失实), and it has not been redone.",
            "上级党组织认定民主评议党员失真失实、责令重新进行，但未重新进行。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        var orderedPath = EvaluationRedoOrderedPath;
        var redonePath = EvaluationRedonePath;
        return context.Evaluation?.RedoOrdered switch
        {
            null => RuleEvaluation.Missing(orderedPath),
            { Happened: false } => RuleEvaluation.Passed,
            _ => context.Evaluation.Redone switch
            {
                null => RuleEvaluation.Missing(redonePath),
                { Happened: false } => RuleEvaluation.Of([RuleEvaluation.Finding(new FindingSubject(SubjectKind.Evaluation, null, redonePath), "OL312.NotRedone", Severity.Error)]),
                _ => RuleEvaluation.Passed,
            },
        };
    }
}
