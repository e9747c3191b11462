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
        [Sources.City2019("一(一)"), Sources.Village2019("二.1"), Sources.Municipal2016("二.1"), Sources.District2017("附件2 一")]);

    protected override Occurrence? Step(RuleContext context) => context.Preparation?.StudySession;
}
