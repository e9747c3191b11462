using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Grades;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.EvaluationRules;

/// <summary>
/// OL303 ExcellentCap 优秀比例 — Excellent determinations are at most the policy's share (default
/// one third) of the graded full members, tested exactly: 3 × excellent ≤ graded. A warning by
/// default ("一般不超过三分之一"); under a policy without a cap ("不下指标、不定比例") the rule is not applicable: no finding at all.
/// </summary>
internal sealed class ExcellentCapRule : MemberEvaluationRule
{
    // Formatted once, not per record.
    private static readonly string EvaluationDeterminationsPath = RecordPaths.Of(RecordPaths.Evaluation, "determinations");

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL303"),
        "ExcellentCap",
        "优秀比例",
        "Excellent determinations are at most one third of the graded full members.",
        Severity.Warning,
        [
            Sources.Village2019("二.5", "评定为“优秀”的党员比例一般不超过三分之一。"),
            Sources.Municipal2016("二.5", "民主评议党员不下指标、不定比例、不唯票数。"),
        ])
    {
        ChineseSummary = "评定为“优秀”的党员比例一般不超过参加评定的正式党员的三分之一（政策可关闭：“不下指标、不定比例”）。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL303.Violated",
            "{excellent} of {graded} graded full members were determined Excellent; as a rule at most {cap} ({ratio}).",
            "评定等次的正式党员 {graded} 人中评定为“优秀”的 {excellent} 人；“优秀”的党员比例一般不超过{ratio}（{cap} 人）。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        // "不下指标、不定比例" (Municipal-2016 二.5): no cap, and no finding about it, not even information.
        if (context.Policy.ExcellentCap is null)
        {
            return RuleEvaluation.NotRequiredBy(context.Policy, context.Meeting?.Kind ?? MeetingKind.OrganizationalLife);
        }

        if (context.Branch is null)
        {
            return RuleEvaluation.Missing(RecordPaths.Branch);
        }

        if (context.Evaluation?.Determinations is not { } determinations)
        {
            return RuleEvaluation.Missing(EvaluationDeterminationsPath);
        }

        var graded = 0;
        var excellent = 0;
        var hint = 0;
        foreach (var determination in determinations)
        {
            if (determination.Grade is { } grade && context.RosterMember(determination.MemberId, ref hint) is { IsGradable: true })
            {
                graded++;
                excellent += grade == Grade.Excellent ? 1 : 0;
            }
        }

        var subject = new FindingSubject(SubjectKind.Evaluation, null, EvaluationDeterminationsPath);
        var cap = context.Policy.ExcellentCap.Value;

        if (!cap.IsExceededBy(excellent, graded))
        {
            return RuleEvaluation.Passed;
        }

        var allowed = (long)graded * cap.Numerator / cap.Denominator;
        return RuleEvaluation.Of(
        [
            RuleEvaluation.Finding(subject, "OL303.Violated", Severity.Warning, ("excellent", excellent), ("graded", graded), ("cap", allowed), ("ratio", RatioPhrase(cap))),
        ]);
    }

    // The sources' words for the usual cap ("一般不超过三分之一"); any other ratio as digits in both languages.
    private static Phrase RatioPhrase(Policies.Ratio ratio)
        => ratio == Policies.Ratio.OneThird ? new("1/3", "三分之一") : new(ratio.ToString(), ratio.ToString());
}
