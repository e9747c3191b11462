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
        [
            Sources.City2019("一(二)", "党支部委员会、支部委员和党员采取个别谈话、上门走访等形式，广泛征求基层群众和服务对象的意见建议，查找突出问题。"),
            Sources.Municipal2016("二.2", "同时，要主动征求群众特别是服务对象对党支部班子的意见。"),
            Sources.District2017("附件2 二", "党支部要通过个别谈话、座谈交流、上门走访等方式，主动征求群众特别是服务对象对支部班子的意见建议"),
        ])
    {
        ChineseSummary = "会前广泛征求党员、群众特别是服务对象的意见建议。",
    };

    protected override Occurrence? Step(RuleContext context) => context.Preparation?.OpinionsSolicited;
}
