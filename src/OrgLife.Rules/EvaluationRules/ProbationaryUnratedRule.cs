using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Members;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.EvaluationRules;

/// <summary>
/// OL302 ProbationaryUnrated 预备党员不评定等次 — probationary members take part in the evaluation but
/// receive no grade: every determination that gives a probationary member a grade is a finding naming
/// the member. Determinations for people not on the roster are left to OL304.
/// </summary>
internal sealed class ProbationaryUnratedRule : MemberEvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL302"),
        "ProbationaryUnrated",
        "预备党员不评定等次",
        "Probationary members take part in the evaluation but receive no grade.",
        Severity.Error,
        [
            Sources.Village2019("二.5", "预备党员参加民主评议，但不评定等次。"),
            Sources.Municipal2016("三.3", "预备党员参加民主评议党员，但不评定等次。"),
            Sources.District2017("附件2 五", "预备党员可参加民主评议，但不评定等次。"),
        ])
    {
        ChineseSummary = "预备党员参加民主评议，但不评定等次。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL302.Graded",
            "Probationary member {member} was given the grade {grade}; probationary members receive no grade.",
            "预备党员 {member} 被评定为“{grade}”；预备党员不评定等次。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Branch is not { } branch)
        {
            return RuleEvaluation.Missing(RecordPaths.Branch);
        }

        if (context.Evaluation?.Determinations is not { } determinations)
        {
            return RuleEvaluation.Missing(EvaluationPaths.Determinations);
        }

        var findings = new List<FindingDraft>();
        var hint = 0;
        for (var i = 0; i < determinations.Length; i++)
        {
            var determination = determinations[i];
            if (determination.Grade is { } grade
                && context.RosterMember(determination.MemberId, ref hint) is { } member
                && member.Status == MembershipStatus.Probationary)
            {
                findings.Add(RuleEvaluation.Finding(
                    EvaluationPaths.Member(member.Id, EvaluationPaths.Determination(i)), "OL302.Graded", Severity.Error, ("member", member.Name), ("grade", grade)));
            }
        }

        return RuleEvaluation.Of(findings);
    }
}
