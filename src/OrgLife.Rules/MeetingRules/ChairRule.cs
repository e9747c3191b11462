using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// OL203 Chair 主持人 — the meeting is chaired by the branch secretary; for a 民主生活会 by the principal
/// leader, which the roster records as the secretary role. Needs <c>branch</c> and <c>meeting.chairId</c>.
/// A roster that names no secretary is violated (the meeting cannot have been chaired by one); a chair
/// who is not on the roster is simply not the secretary.
/// </summary>
internal sealed class ChairRule : Rule
{
    // Formatted once, not per record.
    private static readonly string MeetingChairIdPath = RecordPaths.Of(RecordPaths.Meeting, "chairId");

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL203"),
        "Chair",
        "主持人",
        "The meeting is chaired by the branch secretary (democratic-life meeting: the principal leader).",
        Severity.Error,
        [
            Sources.City2019("二", "主持人：党支部书记"),
            Sources.Collection("第一篇 2.1", "组织生活会由支部负责人召集并主持。"),
            Sources.District2017("附件1 二.1", "民主生活会由领导班子主要负责人主持"),
        ])
    {
        ChineseSummary = "会议由党支部书记主持（民主生活会由领导班子主要负责人主持）。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL203.NotSecretary",
            "The meeting was chaired by {chair}; it must be chaired by the secretary {secretary}.",
            "会议由 {chair} 主持，应由支部书记（主要负责同志）{secretary} 主持。"),
        new("OL203.NoSecretary",
            "The meeting was chaired by {chair}, but the roster names no secretary to chair it.",
            "会议由 {chair} 主持，但党员名册中没有支部书记（主要负责同志）。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Branch is not { } branch)
        {
            return RuleEvaluation.Missing(RecordPaths.Branch);
        }

        if (context.Meeting?.ChairId is not { } chair)
        {
            return RuleEvaluation.Missing(MeetingChairIdPath);
        }

        var subject = new FindingSubject(SubjectKind.Meeting, chair.Value, MeetingChairIdPath);
        var secretary = MeetingRoster.SecretaryIndex(branch);
        if (secretary < 0)
        {
            return RuleEvaluation.Of([RuleEvaluation.Finding(subject, "OL203.NoSecretary", Severity.Error, ("chair", context.MemberName(chair)))]);
        }

        var secretaryId = branch.Members[secretary].Id;
        return secretaryId == chair
            ? RuleEvaluation.Passed
            : RuleEvaluation.Of([RuleEvaluation.Finding(subject, "OL203.NotSecretary", Severity.Error, ("chair", context.MemberName(chair)), ("secretary", context.MemberName(secretaryId)))]);
    }
}
