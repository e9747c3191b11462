using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Members;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.EvaluationRules;

/// <summary>
/// OL310 ExemptionValid 可不参加民主测评 — only a leading cadre who attended this year's 民主生活会 may be
/// left out of the democratic assessment. Each member listed as exempt who is not on the roster, is not a
/// leading cadre, or did not attend a 民主生活会 this year is a finding; an exempt member whose leading-cadre or
/// 民主生活会 flag is not recorded makes the rule not evaluated (naming the field) unless another exemption already
/// proves a violation. What the exemption covers (民主测评 only or the whole 民主评议) is the policy's
/// <see cref="Policies.OrgLifePolicy.ExemptionScope"/>, read by OL304.
/// </summary>
internal sealed class ExemptionValidRule : MemberEvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL310"),
        "ExemptionValid",
        "可不参加民主测评",
        "Only a leading cadre who attended this year's democratic-life meeting may be left out of the democratic assessment.",
        Severity.Error,
        [
            Sources.Municipal2016("三.3", "参加年度民主生活会的党员领导干部，可不参加民主评议党员。"),
            Sources.District2017("附件2 五", "参加年度民主生活会的，可不参加民主评议党员。"),
            Sources.Collection("第三篇 第六步", "已参加领导班子专题民主生活会的党员领导干部可不参加民主测评。"),
        ])
    {
        ChineseSummary = "只有参加了本年度民主生活会的党员领导干部可不参加民主测评（或依政策不参加民主评议）。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL310.NotLeadingCadre",
            "Member {member} was left out of the democratic assessment but is not a leading cadre.",
            "党员 {member} 未参加民主测评，但不是党员领导干部。"),
        new("OL310.NoDemocraticLifeMeeting",
            "Leading cadre {member} did not attend this year's democratic-life meeting and may not be left out of the democratic assessment.",
            "党员领导干部 {member} 未参加本年度民主生活会，不得免于民主测评。"),
        new("OL310.NotOnRoster",
            "The exemption list names {member}, who is not on the branch roster.",
            "免于民主测评名单中的 {member} 不在本支部党员名册中。"),
    ];

    /// <summary>True when <paramref name="member"/> may be left out of the democratic assessment.</summary>
    public static bool MayBeExempt(Member member) => member.IsLeadingCadre == true && member.AttendedDemocraticLifeMeetingThisYear == true;

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Branch is not { } branch)
        {
            return RuleEvaluation.Missing(RecordPaths.Branch);
        }

        if (context.Evaluation?.ExemptFromAssessment is not { } exempt)
        {
            return RuleEvaluation.Missing(EvaluationPaths.ExemptFromAssessment);
        }

        var findings = new List<FindingDraft>();
        List<string>? unrecorded = null;
        for (var i = 0; i < exempt.Length; i++)
        {
            var subject = EvaluationPaths.Member(exempt[i], RecordPaths.At(EvaluationPaths.ExemptFromAssessment, i));
            if (!branch.TryGetMember(exempt[i], out var member))
            {
                findings.Add(RuleEvaluation.Finding(subject, "OL310.NotOnRoster", Severity.Error, ("member", exempt[i].Value)));
            }
            else if (member.IsLeadingCadre is null)
            {
                (unrecorded ??= []).Add(RecordPaths.Of(RecordPaths.Member(branch.Members.IndexOf(member)), "isLeadingCadre"));
            }
            else if (member.IsLeadingCadre == false)
            {
                findings.Add(RuleEvaluation.Finding(subject, "OL310.NotLeadingCadre", Severity.Error, ("member", member.Name)));
            }
            else if (member.AttendedDemocraticLifeMeetingThisYear is null)
            {
                (unrecorded ??= []).Add(RecordPaths.Of(RecordPaths.Member(branch.Members.IndexOf(member)), "attendedDemocraticLifeMeetingThisYear"));
            }
            else if (!MayBeExempt(member))
            {
                findings.Add(RuleEvaluation.Finding(subject, "OL310.NoDemocraticLifeMeeting", Severity.Error, ("member", member.Name)));
            }
        }

        return unrecorded is not null && findings.Count == 0 ? RuleEvaluation.Missing([.. unrecorded]) : RuleEvaluation.Of(findings);
    }
}
