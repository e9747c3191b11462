using OrgLife.Findings;
using OrgLife.Records;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>
/// OL109 ProblemList 问题清单 — the committee listed its own problems before the meeting. Only the
/// committee's list is required: written speeches of ordinary members are deliberately never asked
/// for and never flagged (anti-formalism, Municipal-2016 二.3). Not evaluated without
/// <c>preparation.committeeProblemList</c>; see <see cref="PreMeetingStepRule"/> for dates.
/// </summary>
internal sealed class ProblemListRule() : PreMeetingStepRule("OL109", "committeeProblemList", "Drawing up the committee's list of its own problems", "查摆班子问题、列出问题清单")
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL109"),
        "ProblemList",
        "问题清单",
        "The committee listed its problems before the meeting; written speeches of ordinary members are not required.",
        Severity.Error,
        [
            Sources.Municipal2016("二.3", "在深入查找剖析的基础上，党支部班子及其成员要列出问题清单。"),
            Sources.District2017("附件2 三", "在此基础上，党支部班子及其成员要列出问题清单。"),
            Sources.City2019("四.5", "不要求党员撰写个人发言材料"),
            Sources.Village2019("三(一)", "不要求党员撰写个人发言材料"),
        ])
    {
        ChineseSummary = "会前党支部班子及其成员列出问题清单；不要求普通党员撰写个人发言材料。",
    };

    protected override Occurrence? Step(RuleContext context) => context.Preparation?.CommitteeProblemList;
}
