using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>
/// OL110 SpeechOutlines 发言提纲 — before a 民主生活会 every team member wrote their own speech outline and the principal
/// leader reviewed each (District-2017 附件1 一.6): an error ("应当", "要"). Reads <c>preparation.speechOutlinesWritten</c>
/// and <c>preparation.speechOutlinesReviewed</c>; not applicable to a 组织生活会 (its members are not required to write
/// speeches: City-2019 四.5 "不要求党员撰写个人发言材料").
/// </summary>
internal sealed class SpeechOutlinesRule : Rule
{
    // Formatted once, not per record.
    private static readonly string PreparationSpeechOutlinesWrittenPath = RecordPaths.Of(RecordPaths.Preparation, "speechOutlinesWritten");
    private static readonly string PreparationSpeechOutlinesReviewedPath = RecordPaths.Of(RecordPaths.Preparation, "speechOutlinesReviewed");

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL110"),
        "SpeechOutlines",
        "发言提纲",
        "Before a democratic-life meeting, each team member wrote their own speech outline and the principal leader reviewed each.",
        Severity.Error,
        [
            Sources.District2017("附件1 一.6", "个人发言提纲应当自己动手撰写"),
            Sources.District2017("附件1 一.6", "领导班子主要负责人要对每个成员的发言提纲进行审核把关。"),
        ])
    {
        ChineseSummary = "民主生活会前，班子成员自己动手撰写个人发言提纲，主要负责人对每个成员的发言提纲审核把关。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL110.Missing",
            "Before the democratic-life meeting: {step} did not take place.",
            "民主生活会前未{step}。"),
        new("OL110.Pending",
            "Before the democratic-life meeting: {step} has not taken place yet; it is due by the meeting on {due}.",
            "民主生活会前尚未{step}，应在 {due} 会议召开前完成。"),
    ];

    /// <summary>Only a leadership 民主生活会 has speech outlines.</summary>
    public override bool AppliesTo(MeetingKind kind) => kind == MeetingKind.DemocraticLife;

    public override RuleEvaluation Evaluate(RuleContext context)
        => StepCheck.BeforeMeeting(
            context,
            Descriptor.Id,
            SubjectKind.Preparation,
            Severity.Error,
            new(context.Preparation?.SpeechOutlinesWritten, PreparationSpeechOutlinesWrittenPath, new("each team member wrote their own speech outline", "由班子成员自己动手撰写个人发言提纲")),
            new(context.Preparation?.SpeechOutlinesReviewed, PreparationSpeechOutlinesReviewedPath, new("the principal leader reviewed every outline", "由主要负责人对每个成员的发言提纲审核把关")));
}
