using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Records;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.FollowUpRules;

/// <summary>
/// OL506 ResultsFiled 上报备案 — the problem list, the rectification list and the evaluation results were
/// filed with the superior. One finding per filing recorded as not done; filings not recorded make the rule
/// "not evaluated" only when none recorded is at fault.
/// </summary>
internal sealed class ResultsFiledRule : MemberEvaluationRule
{
    // Formatted once, not per record.
    private static readonly string ProblemListFiledPath = RecordPaths.Of(RecordPaths.FollowUp, "problemListFiled");
    private static readonly string RectificationListFiledPath = RecordPaths.Of(RecordPaths.FollowUp, "rectificationListFiled");
    private static readonly string EvaluationResultsFiledPath = RecordPaths.Of(RecordPaths.FollowUp, "evaluationResultsFiled");

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL506"),
        "ResultsFiled",
        "上报备案",
        "The problem list, the rectification list and the evaluation results were filed with the superior.",
        Severity.Error,
        [
            Sources.City2019("三(五)", "将班子查摆的问题、整改措施以及民主评议党员结果报上级党组织备案。"),
            Sources.Municipal2016("二.6", "党支部要将班子的问题清单、整改清单以及民主评议党员结果报上级党组织备案。"),
            Sources.District2017("附件2 六", "党支部要将班子查摆的问题、整改措施以及民主评议党员结果报上级党组织备案。"),
        ])
    {
        ChineseSummary = "将班子的问题清单、整改清单以及民主评议党员结果报上级党组织备案。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL506.ProblemListNotFiled",
            "The problem list was not filed with the superior.",
            "问题清单未报上级党组织备案。"),
        new("OL506.RectificationListNotFiled",
            "The rectification list was not filed with the superior.",
            "整改清单未报上级党组织备案。"),
        new("OL506.EvaluationResultsNotFiled",
            "The evaluation results were not filed with the superior.",
            "民主评议结果未报上级党组织备案。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        var followUp = context.FollowUp;
        var findings = new List<FindingDraft>();
        var missing = new List<string>();
        foreach (var (filing, path, key) in new (Occurrence?, string, string)[]
        {
            (followUp?.ProblemListFiled, ProblemListFiledPath, "OL506.ProblemListNotFiled"),
            (followUp?.RectificationListFiled, RectificationListFiledPath, "OL506.RectificationListNotFiled"),
            (followUp?.EvaluationResultsFiled, EvaluationResultsFiledPath, "OL506.EvaluationResultsNotFiled"),
        })
        {
            var check = OccurrenceCheck.Happened(filing, path, SubjectKind.FollowUp, key, Severity.Error);
            findings.AddRange(check.Findings);
            missing.AddRange(check.MissingData);
        }

        return PartialRecords.Conclude(findings, missing);
    }
}
