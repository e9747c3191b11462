using OrgLife.Findings;
using OrgLife.Records;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>
/// OL106 MemberNotice 会前通知 — attendees were notified at least N calendar days before the meeting, N from
/// <see cref="Policies.OrgLifePolicy.NoticeDaysFor"/> (组织生活会 default 1, 民主生活会 default 10). Deadline
/// semantics in <see cref="LeadTimeRule"/>: notice on the meeting date minus N passes, a day later fails.
/// </summary>
internal sealed class MemberNoticeRule() : LeadTimeRule("OL106", "memberNotice", "The notice to attendees", "通知参会人员")
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL106"),
        "MemberNotice",
        "会前通知",
        "Attendees were notified at least N calendar days before the meeting.",
        Severity.Error,
        [Sources.City2019("一(四)"), Sources.Collection("第五篇"), Sources.Collection("第一篇"), Sources.District2017("附件1 一.7")]);

    public override RuleEvaluation Evaluate(RuleContext context) => CheckLeadTime(context);

    protected override Occurrence? Step(RuleContext context) => context.Preparation?.MemberNotice;

    protected override int LeadDays(RuleContext context) => context.Policy.NoticeDaysFor(context.IsDemocraticLife);
}
