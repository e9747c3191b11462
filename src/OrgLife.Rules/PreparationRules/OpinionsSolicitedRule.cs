using OrgLife.Findings;
using OrgLife.Records;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>
/// OL102 OpinionsSolicited 征求意见 — opinions of members, the masses and service recipients were
/// solicited before the meeting. Not evaluated without <c>preparation.opinionsSolicited</c>; see
/// <see cref="PreMeetingStepRule"/> for dates and for meetings not yet held.
/// </summary>
internal sealed class OpinionsSolicitedRule() : PreMeetingStepRule("OL102", "opinionsSolicited", "Soliciting opinions from members, the masses and service recipients", "征求党员、群众和服务对象意见")
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL102"),
        "OpinionsSolicited",
        "征求意见",
        "Opinions of members, the masses and service recipients were solicited before the meeting.",
        Severity.Error,
        [Sources.City2019("一(二)"), Sources.Municipal2016("二.2"), Sources.District2017("附件2 二")]);

    protected override Occurrence? Step(RuleContext context) => context.Preparation?.OpinionsSolicited;
}
