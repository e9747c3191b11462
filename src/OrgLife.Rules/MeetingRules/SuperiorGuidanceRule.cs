using System.Collections.Immutable;
using OrgLife.Branches;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// OL207 SuperiorGuidance 上级指导点评 — a representative of the superior organization attended and commented;
/// for a 村 or 社区 branch the representative is a member of the township or street leadership
/// (乡镇/街道班子成员, City-2019 二). Findings are errors under <see cref="GuidanceRequirement.Required"/> and
/// warnings under <see cref="GuidanceRequirement.Advisory"/>. Attendance is read from
/// <c>meeting.superiorRepresentativeAttended</c>, or taken as true when only <c>meeting.superiorGuidance</c> is
/// recorded. Each datum the verdict needs and the record lacks (whether they commented, whether they are a
/// township or street leader, the branch kind) is named as missing.
/// </summary>
internal sealed class SuperiorGuidanceRule : Rule
{
    private const string AttendedPath = "meeting.superiorRepresentativeAttended";
    private const string GuidancePath = "meeting.superiorGuidance";

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL207"),
        "SuperiorGuidance",
        "上级指导点评",
        "A representative of the superior organization attended and commented (village and community branches: a township or street leader).",
        Severity.Error,
        [
            Sources.City2019("二", "上级党组织指导员进行点评（社区、村党组织由街道、乡镇领导班子成员参加指导并点评）"),
            Sources.City2019("四.3", "基层党委要派人列席所属党支部组织生活会和民主评议党员。"),
            Sources.Municipal2016("三.2", "安排党委（总支）班子成员都参加1个以上党支部专题组织生活会和民主评议党员，并进行点评。"),
            Sources.Collection("第三篇 第六步", "上级党组织要派人参加专题组织生活会,指导民主评议党员工作,对会议情况进行点评"),
            Sources.Collection("第一篇 2.8", "如有必要,上级党组织要委派负责人员参加,给予会议以具体指导。"),
        ])
    {
        ChineseSummary = "上级党组织派人参加并点评（社区、村党组织由街道、乡镇领导班子成员参加指导并点评）。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL207.Absent",
            "No representative of the superior organization attended the meeting.",
            "上级党组织未派人参加会议指导。"),
        new("OL207.NoComment",
            "The superior's representative {representative} did not comment on the meeting.",
            "上级党组织参会人员 {representative} 未进行点评。"),
        new("OL207.NotTownshipLeader",
            "The representative {representative} is not a member of the township or street leadership, as a village or community branch requires.",
            "参会指导的 {representative} 不是乡镇（街道）领导班子成员；村、社区党组织应由乡镇（街道）领导班子成员参加指导并点评。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Meeting is not { } meeting)
        {
            return RuleEvaluation.Missing(RecordPaths.Meeting);
        }

        var severity = context.Policy.SuperiorGuidance == GuidanceRequirement.Advisory ? Severity.Warning : Severity.Error;
        var subject = new FindingSubject(SubjectKind.Meeting, null, GuidancePath);
        var attended = meeting.SuperiorRepresentativeAttended ?? (meeting.SuperiorGuidance is null ? null : true);
        switch (attended)
        {
            case null:
                return RuleEvaluation.Missing(AttendedPath);
            case false:
                return RuleEvaluation.Of([RuleEvaluation.Finding(new FindingSubject(SubjectKind.Meeting, null, AttendedPath), "OL207.Absent", severity)]);
        }

        if (meeting.SuperiorGuidance is not { } guidance)
        {
            return RuleEvaluation.Missing(GuidancePath);
        }

        var missing = new List<string>(2);
        var findings = new List<FindingDraft>(2);
        switch (guidance.Commented)
        {
            case null:
                missing.Add(RecordPaths.Of(GuidancePath, "commented"));
                break;
            case false:
                findings.Add(RuleEvaluation.Finding(subject, "OL207.NoComment", severity, ("representative", guidance.RepresentativeName)));
                break;
        }

        if (context.Branch is not { } branch)
        {
            missing.Add(RecordPaths.Branch);
        }
        else if (branch.Kind is BranchKind.Village or BranchKind.Community)
        {
            switch (guidance.IsTownshipOrStreetLeader)
            {
                case null:
                    missing.Add(RecordPaths.Of(GuidancePath, "isTownshipOrStreetLeader"));
                    break;
                case false:
                    findings.Add(RuleEvaluation.Finding(subject, "OL207.NotTownshipLeader", severity, ("representative", guidance.RepresentativeName)));
                    break;
            }
        }

        return missing.Count > 0 ? RuleEvaluation.Missing([.. missing]) : RuleEvaluation.Of(findings);
    }
}
