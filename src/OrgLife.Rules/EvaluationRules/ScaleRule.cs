using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.EvaluationRules;

/// <summary>
/// OL311 Scale 测评等次 — the ballots use a scale the policy allows (the four grades, or 好/一般/差), and the
/// determination always uses the four grades. A recorded fault is reported even when the other datum is
/// absent; otherwise an absent datum makes the rule "not evaluated".
/// </summary>
internal sealed class ScaleRule : MemberEvaluationRule
{
    // Formatted once, not per record.
    private static readonly string EvaluationBallotScalePath = RecordPaths.Of(RecordPaths.Evaluation, "ballotScale");
    private static readonly string EvaluationDeterminationUsedFourGradesPath = RecordPaths.Of(RecordPaths.Evaluation, "determinationUsedFourGrades");

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL311"),
        "Scale",
        "测评等次",
        "The ballots use a scale the policy allows; the determination uses the four grades.",
        Severity.Error,
        [
            Sources.Municipal2016("二.5", "按照“优秀”“合格”“基本合格”“不合格”四种等次，对党员进行投票测评。"),
            Sources.Collection("第三篇 第三步 4", "发放民主测评表,按照“好”、“一般”、“差”三种情况,对党员进行投票测评"),
        ])
    {
        ChineseSummary = "测评票使用政策规定的等次（四个等次或好、一般、差）；组织评定一律使用四个等次。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL311.BallotScaleNotAllowed",
            "The ballots used {scale}, which the policy {policy} does not allow.",
            "民主测评表使用了{scale}，政策 {policy} 不允许。"),
        new("OL311.DeterminationNotFourGrades",
            "The determination did not use the four grades (Excellent, Qualified, Basically qualified, Unqualified).",
            "组织评定未使用优秀、合格、基本合格、不合格四个等次。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        var evaluation = context.Evaluation;
        var findings = new List<FindingDraft>();
        var missing = new List<string>();
        var scalePath = EvaluationBallotScalePath;
        var fourGradesPath = EvaluationDeterminationUsedFourGradesPath;
        if (evaluation?.BallotScale is not { } scale)
        {
            missing.Add(scalePath);
        }
        else if (!context.Policy.AllowedBallotScales.Contains(scale))
        {
            findings.Add(RuleEvaluation.Finding(EvaluationPaths.Evaluation(scalePath), "OL311.BallotScaleNotAllowed", Severity.Error, ("scale", scale), ("policy", context.Policy.Name)));
        }

        if (evaluation?.DeterminationUsedFourGrades is not { } fourGrades)
        {
            missing.Add(fourGradesPath);
        }
        else if (!fourGrades)
        {
            findings.Add(RuleEvaluation.Finding(EvaluationPaths.Evaluation(fourGradesPath), "OL311.DeterminationNotFourGrades", Severity.Error));
        }

        return PartialRecords.Conclude(findings, missing);
    }
}
