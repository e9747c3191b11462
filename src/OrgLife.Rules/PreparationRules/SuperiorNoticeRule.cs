using OrgLife.Findings;
using OrgLife.Records;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>
/// OL107 SuperiorNotice 报告上级 — the superior organization was told at least
/// <see cref="Policies.OrgLifePolicy.SuperiorNoticeDays"/> (default 7) calendar days before, so it can
/// send someone. When the policy does not require the notice (<see cref="Policies.OrgLifePolicy.SuperiorNoticeRequired"/>
/// false) the rule passes without findings and needs no data. Deadline semantics in <see cref="LeadTimeRule"/>.
/// </summary>
internal sealed class SuperiorNoticeRule() : LeadTimeRule("OL107", "superiorNotice", "The report to the superior organization", "报告上级党组织")
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL107"),
        "SuperiorNotice",
        "报告上级",
        "The superior organization was told before the meeting so it can send someone (at least a week before under the Collection).",
        Severity.Error,
        [
            Sources.Village2019("三(一)", "各基层党组织要提前与上级党委沟通情况，听取意见建议，确定会议召开的时间和开法，邀请上级党委派员参加并指导会议。"),
            Sources.Collection("第一篇 1.3", "提前一周报告上级党组织,以便上级党组织派人参加。"),
        ])
    {
        ChineseSummary = "会前向上级党组织报告，以便上级党组织派人参加（《组织生活会程序》：提前一周）。",
    };

    public override RuleEvaluation Evaluate(RuleContext context)
        => context.Policy.SuperiorNoticeRequired ? CheckLeadTime(context) : RuleEvaluation.Passed;

    protected override Occurrence? Step(RuleContext context) => context.Preparation?.SuperiorNotice;

    protected override int LeadDays(RuleContext context) => context.Policy.SuperiorNoticeDays;
}
