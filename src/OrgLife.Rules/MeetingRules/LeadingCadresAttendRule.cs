using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Ids;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// OL215 LeadingCadresAttend 双重组织生活 — the branch's leading cadres (党员领导干部) attend as ordinary members,
/// or asked for leave in advance: an error (City-2019 四.2 "要", Village-2019 "必须"). A leading cadre missing from the
/// attendance list counts as absent without leave; an absent cadre whose leave is not recorded, or a member whose
/// leading-cadre flag is not recorded, makes the rule not evaluated (naming the field) unless another cadre's absence
/// already proves a violation. One finding per cadre. Needs <c>branch</c> and <c>meeting.attendance</c>; not
/// applicable to a 民主生活会 (the rule is about the branch's 组织生活会).
/// </summary>
internal sealed class LeadingCadresAttendRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL215"),
        "LeadingCadresAttend",
        "双重组织生活",
        "Leading cadres of the branch attend as ordinary members (or have leave).",
        Severity.Error,
        [
            Sources.City2019("四.2", "各级党员领导干部要以普通党员身份参加所在党支部组织生活会，带头开展批评和自我批评。"),
            Sources.Village2019("二.4", "党员领导干部必须以普通党员身份参加所在支部组织生活会"),
            Sources.Municipal2016("三.3", "以普通党员身份参加所在党支部的专题组织生活会，带头开展批评和自我批评。"),
        ])
    {
        ChineseSummary = "党员领导干部以普通党员身份参加所在党支部组织生活会（或会前请假）。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL215.Absent",
            "Leading cadre {member} did not attend the meeting as an ordinary member and asked for no leave.",
            "党员领导干部 {member} 未以普通党员身份参加所在党支部组织生活会，也未请假。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (MissingData.Of((context.Branch is null, RecordPaths.Branch), (context.Meeting?.Attendance is null, RecordPaths.Attendance)) is { } absent)
        {
            return absent;
        }

        if (context.IsDemocraticLife)
        {
            return RuleEvaluation.NotApplicableTo(context.Meeting!.Kind);
        }

        var (branch, attendance) = (context.Branch!, context.Meeting!.Attendance!.Value);
        List<string>? missing = null;
        List<FindingDraft>? findings = null;
        for (var i = 0; i < branch.Members.Length; i++)
        {
            var cadre = branch.Members[i];
            if (cadre.IsLeadingCadre is null)
            {
                (missing ??= []).Add(RecordPaths.Of(RecordPaths.Member(i), "isLeadingCadre"));
                continue;
            }

            if (cadre.IsLeadingCadre == false)
            {
                continue;
            }

            var at = IndexOf(attendance, cadre.Id);
            var entry = at < 0 ? null : attendance[at];
            if (entry is { Present: true } or { LeaveRequestedInAdvance: true })
            {
                continue;
            }

            if (entry is { LeaveRequestedInAdvance: null })
            {
                (missing ??= []).Add(RecordPaths.Of(RecordPaths.At(RecordPaths.Attendance, at), "leaveRequestedInAdvance"));
                continue;
            }

            (findings ??= []).Add(RuleEvaluation.Finding(new FindingSubject(SubjectKind.Member, cadre.Id.Value, RecordPaths.Member(i)), "OL215.Absent", Severity.Error, ("member", cadre.Name)));
        }

        if (missing is not null && findings is null)
        {
            return RuleEvaluation.Missing([.. missing]);
        }

        return findings is null ? RuleEvaluation.Passed : RuleEvaluation.Of(findings);
    }

    private static int IndexOf(ImmutableArray<AttendanceEntry> attendance, MemberId member)
    {
        for (var i = 0; i < attendance.Length; i++)
        {
            if (attendance[i].MemberId == member)
            {
                return i;
            }
        }

        return -1;
    }
}
