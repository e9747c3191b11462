using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>OL211 Minutes 会议记录 — minutes are kept. Needs <c>meeting.minutesKept</c>.</summary>
internal sealed class MinutesRule : Rule
{
    private const string MinutesPath = "meeting.minutesKept";

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL211"),
        "Minutes",
        "会议记录",
        "Minutes of the meeting are kept.",
        Severity.Error,
        [
            Sources.Collection("第一篇 2.9", "专制会议记录本,并认真作好组织生活会的会议记录。"),
            Sources.Collection("第五篇 (二)3", "记录人员要全面准确、清楚、完整地做好会议人员发言的记录。"),
        ])
    {
        ChineseSummary = "认真做好会议记录。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL211.NotKept",
            "No minutes were kept of the meeting.",
            "会议未做记录。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context) => context.Meeting?.MinutesKept switch
    {
        null => RuleEvaluation.Missing(MinutesPath),
        false => RuleEvaluation.Of([RuleEvaluation.Finding(new FindingSubject(SubjectKind.Meeting, null, MinutesPath), "OL211.NotKept", Severity.Error)]),
        true => RuleEvaluation.Passed,
    };
}
