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
        "Attendees were notified at least N calendar days before the meeting (1 by default; 10, or 5, under the Collection; 10 for a democratic-life meeting).",
        Severity.Error,
        [
            Sources.City2019("一(四)", "会前1-2天通知党员参加会议，掌握党员到会情况。"),
            Sources.Collection("第一篇 1.2", "提前十天将会议日期和议题通知应到会人员,使其做好准备。"),
            Sources.Collection("第五篇 (一)3", "提前5-10 天将会议方案发给与会人员"),
            Sources.District2017("附件1 一.7", "召开民主生活会应提前10日通知领导班子每位成员。"),
        ])
    {
        ChineseSummary = "会前至少提前 N 天通知参会人员（默认会前1天；《组织生活会程序》提前十天，可设为5天；民主生活会提前10日）。",
    };

    public override RuleEvaluation Evaluate(RuleContext context) => CheckLeadTime(context);

    protected override Occurrence? Step(RuleContext context) => context.Preparation?.MemberNotice;

    protected override int LeadDays(RuleContext context) => context.Policy.NoticeDaysFor(context.IsDemocraticLife);
}
