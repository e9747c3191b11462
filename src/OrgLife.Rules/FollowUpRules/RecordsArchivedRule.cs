using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.FollowUpRules;

/// <summary>
/// OL511 RecordsArchived 归卷存档 — the meeting's materials were archived (District-2017 附件1 三.6 "及时归卷存档"; Village-2019
/// 三(四) "及时整理会议的有关档案资料"): a warning where the preset's document asks for archives. City-2019 rejects it
/// ("不要求…报表台账"), so the national default and every preset whose document does not ask switch it off. Reads
/// <c>followUp.recordsArchived</c>.
/// </summary>
internal sealed class RecordsArchivedRule : Rule
{
    // Formatted once, not per record.
    private static readonly string FollowUpRecordsArchivedPath = RecordPaths.Of(RecordPaths.FollowUp, "recordsArchived");

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL511"),
        "RecordsArchived",
        "归卷存档",
        "The meeting's materials were archived after the meeting.",
        Severity.Warning,
        [
            Sources.District2017("附件1 三.6", "民主生活会后，要做好相关材料的处置工作，及时归卷存档。"),
            Sources.Village2019("三(四)", "会后，党支部要及时整理会议的有关档案资料。"),
        ])
    {
        ChineseSummary = "会后及时整理会议的有关档案资料，归卷存档。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL511.Missing",
            "The meeting's materials were not archived ({step}).",
            "会后未及时{step}。"),
        new("OL511.Pending",
            "The meeting's materials are to be archived after the meeting on {due} ({step}).",
            "{due} 会议召开后应及时{step}。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
        => StepCheck.AfterMeeting(
            context,
            Descriptor.Id,
            SubjectKind.FollowUp,
            Severity.Warning,
            new StepCheck.Step(context.FollowUp?.RecordsArchived, FollowUpRecordsArchivedPath, new("archive the materials", "整理会议的有关档案资料、归卷存档")));
}
