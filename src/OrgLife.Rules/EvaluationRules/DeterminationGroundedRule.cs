using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Grades;
using OrgLife.Ids;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.EvaluationRules;

/// <summary>
/// OL305 DeterminationGrounded 不唯票数 — the organization decides, not the ballots; but a determination
/// that differs from the assessment's leading grade carries a recorded reason (daily performance).
/// Members without an assessment result, or whose result has no leading grade (a tie, or a 好/一般/差
/// ballot), are not compared.
/// </summary>
internal sealed class DeterminationGroundedRule : MemberEvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL305"),
        "DeterminationGrounded",
        "不唯票数",
        "A determination that differs from the assessment's leading grade carries a recorded reason.",
        Severity.Warning,
        [
            Sources.Municipal2016("二.5", "民主评议党员不下指标、不定比例、不唯票数。"),
            Sources.Municipal2016("二.6", "党支部结合评议情况，综合分析党员日常表现，给每名党员评定等次并向本人反馈。"),
            Sources.City2019("三(二)", "党支部结合评议情况，综合分析党员日常表现，确定评定等次"),
            Sources.Collection("第三篇 第四步", "党支部根据民主评议情况,结合平时掌握的党员现实表现,进行综合分析,对每名党员提出评定意见"),
        ])
    {
        ChineseSummary = "评定等次与民主测评得票最多的等次不同的，记录依据（党员日常表现），不唯票数。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL305.NoReason",
            "Member {member} was determined {grade} while the most votes in the assessment went to {leading}, and no reason is recorded.",
            "党员 {member} 被评定为“{grade}”，与民主测评得票最多的等次“{leading}”不同，但未记录依据。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Evaluation?.Determinations is not { } determinations)
        {
            return RuleEvaluation.Missing(EvaluationPaths.Determinations);
        }

        if (context.Evaluation.AssessmentResults is not { } results)
        {
            return RuleEvaluation.Missing(EvaluationPaths.AssessmentResults);
        }

        var leading = new Dictionary<MemberId, Grade>(results.Length, MemberIdComparer.Instance);
        foreach (var result in results)
        {
            if (result.LeadingGrade is { } grade)
            {
                leading.TryAdd(result.MemberId, grade);
            }
        }

        var findings = new List<FindingDraft>();
        for (var i = 0; i < determinations.Length; i++)
        {
            var determination = determinations[i];
            if (determination.Grade is { } grade
                && leading.TryGetValue(determination.MemberId, out var ballots)
                && grade != ballots
                && string.IsNullOrWhiteSpace(determination.Reason))
            {
                findings.Add(RuleEvaluation.Finding(
                    EvaluationPaths.Member(determination.MemberId, EvaluationPaths.Determination(i)),
                    "OL305.NoReason",
                    Severity.Warning,
                    ("member", context.MemberName(determination.MemberId)), ("grade", grade), ("leading", ballots)));
            }
        }

        return RuleEvaluation.Of(findings);
    }
}
