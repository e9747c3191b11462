using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>
/// OL111 OpinionsFedBack 反馈意见 — before a 民主生活会 the opinions gathered were fed back to the team and its members and
/// reported to the superior 纪委 and 组织部门 (District-2017 附件1 一.4 "应如实…反馈，并报…"): an error. Reads
/// <c>preparation.opinionsFedBack</c> and <c>preparation.opinionsReportedToSuperior</c>; not applicable to a 组织生活会.
/// </summary>
internal sealed class OpinionsFedBackRule : Rule
{
    // Formatted once, not per record.
    private static readonly string PreparationOpinionsFedBackPath = RecordPaths.Of(RecordPaths.Preparation, "opinionsFedBack");
    private static readonly string PreparationOpinionsReportedToSuperiorPath = RecordPaths.Of(RecordPaths.Preparation, "opinionsReportedToSuperior");

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL111"),
        "OpinionsFedBack",
        "反馈意见",
        "The opinions gathered before a democratic-life meeting were fed back to the team and its members and reported to the superior discipline commission and organization department.",
        Severity.Error,
        [
            Sources.District2017("附件1 一.4", "征求意见建议汇总梳理后，应如实向领导班子及其成员反馈，并报上级纪委和党委组织部门。"),
        ])
    {
        ChineseSummary = "民主生活会前征求的意见建议汇总后如实反馈领导班子及其成员，并报上级纪委和党委组织部门。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL111.Missing",
            "Before the democratic-life meeting the opinions gathered were not {step}.",
            "民主生活会前征求的意见建议未{step}。"),
        new("OL111.Pending",
            "The opinions gathered have not yet been {step}; due by the meeting on {due}.",
            "征求的意见建议尚未{step}，应在 {due} 会议召开前完成。"),
    ];

    /// <summary>Only a leadership 民主生活会 is concerned.</summary>
    public override bool AppliesTo(MeetingKind kind) => kind == MeetingKind.DemocraticLife;

    public override RuleEvaluation Evaluate(RuleContext context)
        => StepCheck.BeforeMeeting(
            context,
            Descriptor.Id,
            SubjectKind.Preparation,
            Severity.Error,
            new(context.Preparation?.OpinionsFedBack, PreparationOpinionsFedBackPath, new("fed back to the team and its members", "如实向领导班子及其成员反馈")),
            new(context.Preparation?.OpinionsReportedToSuperior, PreparationOpinionsReportedToSuperiorPath, new("reported to the superior discipline commission and organization department", "报上级纪委和党委组织部门")));
}
