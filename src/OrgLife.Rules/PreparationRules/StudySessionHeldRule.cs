using OrgLife.Findings;
using OrgLife.Records;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>
/// OL101 StudySessionHeld 集中学习 — a concentrated study session (for example a 支部主题党日) took place
/// before the meeting. Not evaluated without <c>preparation.studySession</c>; see
/// <see cref="PreMeetingStepRule"/> for dates and for meetings not yet held.
/// </summary>
internal sealed class StudySessionHeldRule() : PreMeetingStepRule("OL101", "studySession", "The concentrated study session", "集中学习")
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL101"),
        "StudySessionHeld",
        "集中学习",
        "A concentrated study session took place before the meeting.",
        Severity.Error,
        [
            Sources.City2019("一(一)", "组织生活会前，专门组织开展一次“支部主题党日”活动，采取理论宣讲、党课辅导、交流讨论等方式，进行集中学习。"),
            Sources.Village2019("二.1", "新义村党支部召开组织生活会和开展民主评议党员前，要采取领学宣讲、党课辅导、座谈研讨等方式，组织党员集中学习、相互交流。"),
            Sources.Municipal2016("二.1", "组织集中学习，打牢思想基础。"),
            Sources.District2017("附件2 一", "组织生活会前要组织党员深入学习党章党规和党的创新理论以及有关文件资料"),
        ])
    {
        ChineseSummary = "会前组织党员集中学习（如开展一次“支部主题党日”活动）。",
    };

    protected override Occurrence? Step(RuleContext context) => context.Preparation?.StudySession;
}
