using OrgLife.Findings;
using OrgLife.Records;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>
/// OL108 PlanLeadTime 会议方案报审 — for a 民主生活会, the plan reached the superior for review at least
/// <see cref="Policies.OrgLifePolicy.PlanLeadDays"/> (default 15) calendar days before. For a 组织生活会 the
/// rule does not apply: it passes with no finding (it needs only <c>meeting</c> to know the kind).
/// Deadline semantics in <see cref="LeadTimeRule"/>.
/// </summary>
internal sealed class PlanLeadTimeRule() : LeadTimeRule("OL108", "planSubmitted", "The meeting plan for the superior's review", "将会议方案报上级审核")
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL108"),
        "PlanLeadTime",
        "会议方案报审",
        "For a democratic-life meeting, the plan reached the superior for review at least 15 days before.",
        Severity.Error,
        [
            Sources.District2017("附件1 一.2", "召开民主生活会应当由组织部门会同纪律检查机关、党委办公室、机关党组织制定会议方案，提前15日报上级党组织审核。"),
        ])
    {
        ChineseSummary = "民主生活会的会议方案至少提前15日报上级党组织审核。",
    };

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Meeting is null)
        {
            return RuleEvaluation.Missing(RecordPaths.Meeting);
        }

        return context.IsDemocraticLife ? CheckLeadTime(context) : RuleEvaluation.Passed;
    }

    protected override Occurrence? Step(RuleContext context) => context.Preparation?.PlanSubmitted;

    protected override int LeadDays(RuleContext context) => context.Policy.PlanLeadDays;
}
