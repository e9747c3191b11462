using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Ids;
using OrgLife.Meetings;
using OrgLife.Records;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>
/// OL109 ProblemList 问题清单, the written-material rule — the committee listed its own problems before the meeting
/// (<c>preparation.committeeProblemList</c>; see <see cref="PreMeetingStepRule"/> for dates) and, where the policy asks it
/// (<see cref="Policies.OrgLifePolicy.MemberProblemListsRequired"/>, District-2017 附件2 三 "每名党员都要…列出问题清单"), so did
/// every member before a 组织生活会 (<c>preparation.memberProblemLists</c>). Nationally and under City-2019 and Village-2019
/// ("不要求党员撰写个人发言材料") members' written material is never asked and never flagged. A missing member list is
/// reported even when the committee's list is not recorded.
/// </summary>
internal sealed class ProblemListRule() : PreMeetingStepRule("OL109", "committeeProblemList", "Drawing up the committee's list of its own problems", "查摆班子问题、列出问题清单")
{
    private static readonly string MemberListsPath = RecordPaths.Of(RecordPaths.Preparation, "memberProblemLists");

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL109"),
        "ProblemList",
        "问题清单",
        "The committee listed its problems before the meeting; each member's own list only where the policy's document asks it (written material).",
        Severity.Error,
        [
            Sources.Municipal2016("二.3", "在深入查找剖析的基础上，党支部班子及其成员要列出问题清单。"),
            Sources.District2017("附件2 三", "在此基础上，党支部班子及其成员要列出问题清单。"),
            Sources.District2017("附件2 三", "每名党员都要深入查找自身在政治合格、执行纪律合格、品德合格、发挥作用合格方面的差距和不足"),
            Sources.District2017("附件2 三", "不履职尽责、不担当作为等问题，列出问题清单。"),
            Sources.City2019("四.5", "不要求党员撰写个人发言材料"),
            Sources.Village2019("三(一)", "不要求党员撰写个人发言材料"),
        ])
    {
        ChineseSummary = "会前党支部班子及其成员列出问题清单；政策要求时（武进区规程）每名党员列出问题清单，否则不要求党员撰写个人发言材料。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        .. StepMessages("OL109", "Drawing up the committee's list of its own problems", "查摆班子问题、列出问题清单"),
        new("OL109.MemberList.Missing", "{member} did not list their own problems before the meeting.", "党员{member}会前未列出个人问题清单。"),
        new("OL109.MemberList.Pending", "{member} has not listed their own problems yet; it is due before the meeting on {due}.", "党员{member}尚未列出个人问题清单，应在 {due} 召开会议之前完成。"),
    ];

    protected override Occurrence? Step(RuleContext context) => context.Preparation?.CommitteeProblemList;

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        var committee = base.Evaluate(context);
        if (!context.Policy.MemberProblemListsRequired || context.IsDemocraticLife)
        {
            return committee;
        }

        if (context.Branch is not { } branch)
        {
            return committee.Findings.IsEmpty ? RuleEvaluation.Missing([.. committee.MissingData, RecordPaths.Branch]) : committee;
        }

        if (context.Preparation?.MemberProblemLists is not { } listed)
        {
            return committee.Findings.IsEmpty ? RuleEvaluation.Missing([.. committee.MissingData, MemberListsPath]) : committee;
        }

        var done = listed.ToHashSet();
        List<FindingDraft> findings = [.. committee.Findings];
        for (var index = 0; index < branch.Members.Length; index++)
        {
            var member = branch.Members[index];
            if (member.AttendanceExclusion is null && !done.Contains(member.Id))
            {
                var subject = new FindingSubject(SubjectKind.Member, member.Id.Value, RecordPaths.Member(index));
                var draft = PreMeetingDeadline.NotDone(context, Descriptor.Id, subject, Severity.Error, ("member", member.Name));
                findings.Add(draft with { MessageKey = draft.MessageKey.Replace("OL109.", "OL109.MemberList.", StringComparison.Ordinal) });
            }
        }

        return findings.Count > 0 || committee.MissingData.IsEmpty ? RuleEvaluation.Of(findings) : committee;
    }
}
