using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// OL208 InPerson 不宜在网上进行 — the meeting and the evaluation are held in person, not online
/// ("不宜", a warning). Needs <c>meeting.isOnline</c>.
/// </summary>
internal sealed class InPersonRule : Rule
{
    private const string OnlinePath = "meeting.isOnline";

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL208"),
        "InPerson",
        "不宜在网上进行",
        "The meeting and the evaluation are held in person, not online.",
        Severity.Warning,
        [
            Sources.Village2019("三(二)", "组织生活会和民主评议党员不宜在网上进行。"),
        ])
    {
        ChineseSummary = "组织生活会和民主评议党员不宜在网上进行。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL208.Online",
            "The meeting was held online; organizational-life meetings and democratic evaluation should not be held online.",
            "会议在网上进行；组织生活会和民主评议党员不宜在网上进行。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context) => context.Meeting?.IsOnline switch
    {
        null => RuleEvaluation.Missing(OnlinePath),
        true => RuleEvaluation.Of([RuleEvaluation.Finding(new FindingSubject(SubjectKind.Meeting, null, OnlinePath), "OL208.Online", Severity.Warning)]),
        false => RuleEvaluation.Passed,
    };
}
