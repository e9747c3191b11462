using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// OL210 AbsenteeStatement 书面发言 — every absentee asked for leave in advance and handed in a written
/// statement that was read out and entered in the minutes. Info for a 组织生活会 (Collection 第一篇 2.6 "可以提交书面发言");
/// Error for a 民主生活会 (District-2017 附件1 二.1 "因故缺席的人员应当提交书面发言材料", 一.7 "严格履行请假手续"). A member
/// who took part other than in person (流入地, 适当方式, phone or network: <see cref="Meetings.AttendanceEntry.ParticipatedBy"/>)
/// is not an absentee.
/// Checks every attendance entry recorded as absent, except members whose approved exclusion from the number
/// due to attend is on the roster (abroad, serving a sentence … nobody asks them for leave); without a roster
/// every absentee is checked. One finding per absentee and missing item; a flag not recorded for an absentee
/// makes the rule not evaluated, naming that entry's field. Needs <c>meeting.attendance</c>.
/// </summary>
internal sealed class AbsenteeStatementRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL210"),
        "AbsenteeStatement",
        "书面发言",
        "An absentee asked for leave in advance, and their written statement was read out and entered in the minutes (Info at an organizational-life meeting, Error at a democratic-life meeting); a member who took part other than in person is no absentee.",
        Severity.Info,
        [
            Sources.Collection("第一篇 2.6", "因故缺席人可以提交书面发言,书面发言由主持人在会上宣读并列入会议记录。"),
            Sources.District2017("附件1 一.7", "因特殊情况不能参加民主生活会的，会前要向领导班子主要负责人说明原因，并严格履行请假手续。"),
            Sources.District2017("附件1 二.1", "因故缺席的人员应当提交书面发言材料。"),
        ])
    {
        ChineseSummary = "缺席人会前请假，书面发言由主持人在会上宣读并列入会议记录（组织生活会为提示“可以提交”；民主生活会因故缺席的人员应当提交书面发言材料）；以其他方式参加的党员不算缺席。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL210.NoLeave",
            "{member} was absent without asking for leave in advance.",
            "{member} 缺席会议，会前未请假。"),
        new("OL210.NoStatement",
            "No written statement from the absentee {member} was read out and entered in the minutes.",
            "缺席人 {member} 未提交书面发言，或书面发言未在会上宣读并列入会议记录。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        // The single list, or the 党员大会 part when only parts are recorded.
        var (attendance, listPath) = MeetingParts.Whole(context);
        if (attendance.IsDefault)
        {
            return RuleEvaluation.Missing(listPath);
        }

        var branch = context.Branch;
        List<string>? missing = null;
        var findings = new List<FindingDraft>();
        var severity = context.IsDemocraticLife ? Severity.Error : Severity.Info;
        for (var i = 0; i < attendance.Length; i++)
        {
            var entry = attendance[i];
            if (!entry.IsAbsentee || entry.SitsIn || (branch is not null && branch.TryGetMember(entry.MemberId, out var member) && member.AttendanceExclusion is not null))
            {
                continue;
            }

            var path = RecordPaths.At(listPath, i);
            var subject = new FindingSubject(SubjectKind.Member, entry.MemberId.Value, path);
            switch (entry.LeaveRequestedInAdvance)
            {
                case null:
                    (missing ??= []).Add(RecordPaths.Of(path, "leaveRequestedInAdvance"));
                    break;
                case false:
                    findings.Add(RuleEvaluation.Finding(subject, "OL210.NoLeave", severity, ("member", entry.MemberId.Value)));
                    break;
            }

            switch (entry.WrittenStatementEntered)
            {
                case null:
                    (missing ??= []).Add(RecordPaths.Of(path, "writtenStatementEntered"));
                    break;
                case false:
                    findings.Add(RuleEvaluation.Finding(subject, "OL210.NoStatement", severity, ("member", entry.MemberId.Value)));
                    break;
            }
        }

        return missing is null ? RuleEvaluation.Of(findings) : RuleEvaluation.Missing([.. missing]);
    }
}
