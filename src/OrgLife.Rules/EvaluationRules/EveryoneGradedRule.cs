using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Ids;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.EvaluationRules;

/// <summary>
/// OL304 EveryoneGraded 逐一评定 — every full member receives exactly one of the four grades, except, where the
/// policy's <see cref="Policies.OrgLifePolicy.ExemptionScope"/> is the whole 民主评议 (Municipal-2016, District-2017),
/// a leading cadre validly exempt (OL310: listed as exempt, and attended this year's 民主生活会); where it is the
/// 民主测评 only (the national default, the Collection) that cadre is still graded. Findings per member: a full member without a grade, a member determined more than once,
/// and a determination for someone not on the roster. An absent exemption list reads as "nobody exempt":
/// an exemption counts only when it is recorded.
/// </summary>
internal sealed class EveryoneGradedRule : MemberEvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL304"),
        "EveryoneGraded",
        "逐一评定",
        "Every full member receives exactly one of the four grades, except leading cadres validly exempt from the assessment.",
        Severity.Error,
        [
            Sources.Municipal2016("二.6", "党支部结合评议情况，综合分析党员日常表现，给每名党员评定等次并向本人反馈。"),
            Sources.City2019("三(二)", "党支部结合评议情况，综合分析党员日常表现，确定评定等次并向本人反馈，在一定范围内公示。"),
            Sources.Municipal2016("三.3", "参加年度民主生活会的党员领导干部，可不参加民主评议党员。"),
        ])
    {
        ChineseSummary = "每名正式党员评定一个等次（优秀、合格、基本合格、不合格）；依政策可不参加民主评议的党员领导干部除外。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL304.NotGraded",
            "Full member {member} received no grade.",
            "正式党员 {member} 未评定等次。"),
        new("OL304.DeterminedTwice",
            "Member {member} was determined {count} times; each member is determined once.",
            "党员 {member} 被评定了 {count} 次；每名党员只能评定一次。"),
        new("OL304.NotOnRoster",
            "A determination names {member}, who is not on the branch roster.",
            "评定结果中的 {member} 不在本支部党员名册中。"),
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

        var exempt = context.Evaluation.ExemptFromAssessment ?? [];
        // Per roster position: how many determinations name the member, and where the first two are.
        var determined = new Determined[branch.Members.Length];
        var findings = new List<FindingDraft>();
        var hint = 0;
        for (var i = 0; i < determinations.Length; i++)
        {
            var id = determinations[i].MemberId;
            var at = context.RosterIndexOf(id, ref hint);
            if (at < 0)
            {
                findings.Add(RuleEvaluation.Finding(EvaluationPaths.Member(id, EvaluationPaths.Determination(i)), "OL304.NotOnRoster", Severity.Error, ("member", id.Value)));
                continue;
            }

            determined[at] = determined[at].With(i);
        }

        for (var i = 0; i < branch.Members.Length; i++)
        {
            var member = branch.Members[i];
            var mine = determined[i];
            if (mine.Count > 1)
            {
                findings.Add(RuleEvaluation.Finding(EvaluationPaths.Member(member.Id, EvaluationPaths.Determination(mine.Second)), "OL304.DeterminedTwice", Severity.Error, ("member", member.Name), ("count", mine.Count)));
            }
            else if (member.IsGradable
                && !(mine.Count == 1 && determinations[mine.First].Grade is not null)
                && !(context.Policy.ExemptionScope == Policies.ExemptionScope.WholeEvaluation && ExemptionValidRule.MayBeExempt(member) && exempt.Contains(member.Id)))
            {
                findings.Add(RuleEvaluation.Finding(EvaluationPaths.Member(member.Id, RecordPaths.Member(i)), "OL304.NotGraded", Severity.Error, ("member", member.Name)));
            }
        }

        return RuleEvaluation.Of(findings);
    }

    /// <summary>The determinations naming one roster member: their number and the indexes of the first two.</summary>
    private readonly record struct Determined(int Count, int First, int Second)
    {
        public Determined With(int index) => Count switch
        {
            0 => new(1, index, 0),
            1 => this with { Count = 2, Second = index },
            _ => this with { Count = Count + 1 },
        };
    }
}
