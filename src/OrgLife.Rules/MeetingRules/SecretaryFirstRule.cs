using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// OL205 SecretaryFirst 书记带头 — the secretary's self-examination comes before anyone else's
/// (民主生活会: the principal leader, the secretary role). Needs <c>branch</c> and
/// <c>meeting.selfExaminationOrder</c>. Violated when someone else comes first, when the secretary gave no
/// self-examination (an empty order included), or when the roster names no secretary. In the 党小组会 form
/// (Revision 2, clarifications) the examinations happen in parallel group sessions, so their order is not read: the
/// rule applies to the opening 党员大会, where the secretary reports first, and is violated when the secretary was not
/// at it (read through <see cref="MeetingParts"/>: the first general meeting listed).
/// </summary>
internal sealed class SecretaryFirstRule : Rule
{
    private const string OrderPath = "meeting.selfExaminationOrder";

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL205"),
        "SecretaryFirst",
        "书记带头",
        "The secretary's self-examination comes before anyone else's (党小组会 form: the secretary opens the first general meeting with the report).",
        Severity.Error,
        [
            Sources.City2019("二", "党支部书记带头进行对照检查，其他班子成员对其进行批评帮助"),
            Sources.District2017("附件2 四", "支部书记和班子成员逐一开展批评和自我批评。"),
            Sources.Collection("第二篇 (二)1", "首先以支委会形式召开组织生活会,由支部书记代表班子和个人作对照检查"),
        ])
    {
        ChineseSummary = "党支部书记带头进行对照检查，先于其他人。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL205.NotFirst",
            "{first} gave the first self-examination; the secretary {secretary} must go first.",
            "{first} 首先作对照检查；应由支部书记 {secretary} 带头首先对照检查。"),
        new("OL205.SecretaryAbsent",
            "The secretary {secretary} gave no self-examination.",
            "支部书记 {secretary} 未作对照检查。"),
        new("OL205.NotAtOpeningReport",
            "The secretary {secretary} was not at the opening general meeting, so did not lead it with the report.",
            "支部书记 {secretary} 未出席首次党员大会，未能带头报告。"),
        new("OL205.NoSecretary",
            "The roster names no secretary, so no secretary led the self-examinations ({count} recorded).",
            "党员名册中没有支部书记，无法由书记带头对照检查（已记录 {count} 人对照检查）。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Branch is not { } branch)
        {
            return RuleEvaluation.Missing(RecordPaths.Branch);
        }

        if (context.Meeting?.Form == Meetings.MeetingForm.PartyGroupMeetings && !context.IsDemocraticLife)
        {
            return OpeningReport(context, branch);
        }

        if (context.Meeting?.SelfExaminationOrder is not { } order)
        {
            return RuleEvaluation.Missing(OrderPath);
        }

        var secretaryIndex = MeetingRoster.SecretaryIndex(branch);
        if (secretaryIndex < 0)
        {
            var branchSubject = new FindingSubject(SubjectKind.Branch, branch.Id.Value, RecordPaths.Members);
            return RuleEvaluation.Of([RuleEvaluation.Finding(branchSubject, "OL205.NoSecretary", Severity.Error, ("count", order.Length))]);
        }

        var secretary = branch.Members[secretaryIndex].Id;
        if (!order.IsEmpty && order[0] == secretary)
        {
            return RuleEvaluation.Passed;
        }

        var subject = new FindingSubject(SubjectKind.Member, secretary.Value, RecordPaths.Member(secretaryIndex));
        return order.Contains(secretary)
            ? RuleEvaluation.Of([RuleEvaluation.Finding(subject, "OL205.NotFirst", Severity.Error, ("first", order[0].Value), ("secretary", secretary.Value))])
            : RuleEvaluation.Of([RuleEvaluation.Finding(subject, "OL205.SecretaryAbsent", Severity.Error, ("secretary", secretary.Value))]);
    }

    private static RuleEvaluation OpeningReport(RuleContext context, Branches.Branch branch)
    {
        var opening = MeetingParts.Of(context, Meetings.MeetingPartKind.GeneralMeeting, PartChoice.First);
        if (opening.Present is not { } present)
        {
            return RuleEvaluation.Missing(opening.Path);
        }

        var secretaryIndex = MeetingRoster.SecretaryIndex(branch);
        if (secretaryIndex < 0)
        {
            var branchSubject = new FindingSubject(SubjectKind.Branch, branch.Id.Value, RecordPaths.Members);
            return RuleEvaluation.Of([RuleEvaluation.Finding(branchSubject, "OL205.NoSecretary", Severity.Error, ("count", 0))]);
        }

        var secretary = branch.Members[secretaryIndex].Id;
        return present.Contains(secretary)
            ? RuleEvaluation.Passed
            : RuleEvaluation.Of([RuleEvaluation.Finding(new FindingSubject(SubjectKind.Member, secretary.Value, opening.Path), "OL205.NotAtOpeningReport", Severity.Error, ("secretary", secretary.Value))]);
    }
}
