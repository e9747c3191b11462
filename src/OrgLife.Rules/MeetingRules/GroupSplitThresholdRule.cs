using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// OL212 GroupSplitThreshold 分党小组 — self- and peer evaluation may be split into 党小组 only in a branch of
/// <see cref="Policies.OrgLifePolicy.GroupSplitThreshold"/> or more members, the threshold included ("20人以上的支部").
/// The evaluation is split when the meeting is in the 党小组会 form (holding that form *is* splitting, Revision 2) or
/// when <c>meeting.evaluationSplitIntoPartyGroups</c> says so; a contradiction between the two is OL213's finding. The
/// size is the whole roster, probationary members included (党员人数). A smaller branch that splits gets an error; a
/// branch at or above the threshold that does not split gets an information finding that it may. When the policy sets
/// no threshold (the national default: City-2019 offers the form at any size, Municipal-2016 says only "人数较多"),
/// splitting is never a violation and the information goes to a branch that does not split although it has two or more
/// party groups. Not applicable to a 民主生活会. Needs <c>branch</c> and the form or the split flag.
/// </summary>
internal sealed class GroupSplitThresholdRule : Rule
{
    internal const string SplitPath = "meeting.evaluationSplitIntoPartyGroups";

    internal const string FormPath = "meeting.form";

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL212"),
        "GroupSplitThreshold",
        "分党小组",
        "Self- and peer evaluation, in the 党小组会 form or by the split flag, may be held in party groups only in a branch of the policy's size or more (District-2017: 20, probationary members included); with no size set, only the Info that it may.",
        Severity.Error,
        [
            Sources.District2017("附件2 五", "党员人数较多，20人以上的支部，可分党小组进行。"),
            Sources.Municipal2016("二.5", "党员人数较多的党支部，个人自评和党员互评可分党小组进行。"),
        ])
    {
        ChineseSummary = "个人自评和党员互评分党小组进行（含以党小组会形式召开），限于党员人数达到政策规定人数的支部（武进区：20人以上，含20人）；未规定人数时只提示可以分党小组进行。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL212.TooSmall",
            "The evaluation was split into party groups in a branch of {members} members; splitting needs at least {threshold}.",
            "支部党员 {members} 人，不足 {threshold} 人，不应分党小组进行评议。"),
        new("OL212.MaySplit",
            "The branch has {members} members (at least {threshold}); its self- and peer evaluation may be held in party groups.",
            "支部党员 {members} 人（{threshold} 人以上），可分党小组进行自评互评。"),
        new("OL212.MaySplitGroups",
            "The branch has {members} members in {groups} party groups; its self- and peer evaluation may be held in party groups.",
            "支部党员 {members} 人，设 {groups} 个党小组，党员人数较多的可分党小组进行自评互评。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Meeting is not { } meeting)
        {
            return RuleEvaluation.Missing(RecordPaths.Meeting);
        }

        if (meeting.Kind == MeetingKind.DemocraticLife)
        {
            return RuleEvaluation.Passed;
        }

        var split = IsSplit(meeting);
        if (MissingData.Of((context.Branch is null, RecordPaths.Branch), (split is null, FormPath), (split is null, SplitPath)) is { } missing)
        {
            return missing;
        }

        var branch = context.Branch!;
        var members = branch.Members.Length;
        var subject = new FindingSubject(SubjectKind.Branch, branch.Id.Value, meeting.Form == MeetingForm.PartyGroupMeetings ? FormPath : SplitPath);
        if (context.Policy.GroupSplitThreshold is not { } threshold)
        {
            var groups = branch.PartyGroups.Length;
            return split!.Value || groups < 2
                ? RuleEvaluation.Passed
                : RuleEvaluation.Of([RuleEvaluation.Finding(subject, "OL212.MaySplitGroups", Severity.Info, ("members", members), ("groups", groups))]);
        }

        var large = members >= threshold;
        return (split!.Value, large) switch
        {
            (true, false) => RuleEvaluation.Of([RuleEvaluation.Finding(subject, "OL212.TooSmall", Severity.Error, ("members", members), ("threshold", threshold))]),
            (false, true) => RuleEvaluation.Of([RuleEvaluation.Finding(subject, "OL212.MaySplit", Severity.Info, ("members", members), ("threshold", threshold))]),
            _ => RuleEvaluation.Passed,
        };
    }

    /// <summary>
    /// Whether the evaluation is split: the 党小组会 form always is; otherwise the split flag, or, when it is not recorded,
    /// no for a recorded form (the other forms hold the evaluation at the 党员大会); null when neither is recorded.
    /// </summary>
    internal static bool? IsSplit(Meeting meeting) => meeting.Form switch
    {
        MeetingForm.PartyGroupMeetings => true,
        { } => meeting.EvaluationSplitIntoPartyGroups ?? false,
        null => meeting.EvaluationSplitIntoPartyGroups,
    };
}
