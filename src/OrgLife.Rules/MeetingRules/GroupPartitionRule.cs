using System.Collections.Immutable;
using OrgLife.Branches;
using OrgLife.Findings;
using OrgLife.Ids;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// OL213 GroupPartition 党小组划分 — when the evaluation is split into party groups, every participant belongs
/// to exactly one group, no group is empty and each group has a leader. Participants are the attendees
/// recorded as present, or every member of the roster when attendance is not recorded (the split is then
/// judged on the roster). "Exactly one" reduces to "at least one": the roster already rejects a member in two
/// groups. A group is empty when none of its members is a participant (a group whose members all stayed away
/// held no group meeting). Findings: one per participant in no group (an attendee not on the roster included),
/// one per empty group, one per group without a leader, and one for a split with no groups at all. When the
/// evaluation was not split the rule does not apply and passes. Needs <c>meeting.evaluationSplitIntoPartyGroups</c>
/// and, for a split, <c>branch</c>.
/// </summary>
internal sealed class GroupPartitionRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL213"),
        "GroupPartition",
        "党小组划分",
        "When the evaluation is split, every participant belongs to exactly one party group, no group is empty, each group has a leader.",
        Severity.Error,
        [
            Sources.District2017("附件2 五", "党员人数较多，20人以上的支部，可分党小组进行。"),
            Sources.BranchWorkRegulations("第十三条", "应当划分若干党小组，并设立党小组组长。"),
        ])
    {
        ChineseSummary = "分党小组进行时，每名参会人员只属于一个党小组，党小组不为空且设有组长。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL213.NoGroups",
            "The evaluation was split into party groups, but the branch has none.",
            "评议分党小组进行，但支部未划分党小组。"),
        new("OL213.Ungrouped",
            "Participant {member} belongs to no party group.",
            "参会党员 {member} 未编入任何党小组。"),
        new("OL213.EmptyGroup",
            "Party group {group} has no participant.",
            "党小组 {group} 没有参会党员。"),
        new("OL213.NoLeader",
            "Party group {group} has no group leader.",
            "党小组 {group} 未确定党小组长。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Meeting?.EvaluationSplitIntoPartyGroups is not { } split)
        {
            return RuleEvaluation.Missing(GroupSplitThresholdRule.SplitPath);
        }

        if (!split)
        {
            return RuleEvaluation.Passed;
        }

        if (context.Branch is not { } branch)
        {
            return RuleEvaluation.Missing(RecordPaths.Branch);
        }

        var groups = branch.PartyGroups;
        if (groups.IsEmpty)
        {
            return RuleEvaluation.Of([RuleEvaluation.Finding(new FindingSubject(SubjectKind.Branch, branch.Id.Value, RecordPaths.PartyGroups), "OL213.NoGroups", Severity.Error)]);
        }

        var present = context.Present;
        var participants = present?.InOrder ?? [.. RosterIds(branch.Members)];
        var findings = new List<FindingDraft>();
        foreach (var participant in participants)
        {
            if (branch.GroupOf(participant) is null)
            {
                var path = branch.TryGetMember(participant, out var member) ? RecordPaths.Member(branch.Members.IndexOf(member)) : RecordPaths.Attendance;
                findings.Add(RuleEvaluation.Finding(new FindingSubject(SubjectKind.Member, participant.Value, path), "OL213.Ungrouped", Severity.Error, ("member", participant.Value)));
            }
        }

        for (var g = 0; g < groups.Length; g++)
        {
            var group = groups[g];
            if (!HasParticipant(group.MemberIds, present))
            {
                findings.Add(RuleEvaluation.Finding(GroupSubject(group, g), "OL213.EmptyGroup", Severity.Error, ("group", group.Id.Value)));
            }

            if (group.LeaderId is null)
            {
                findings.Add(RuleEvaluation.Finding(GroupSubject(group, g), "OL213.NoLeader", Severity.Error, ("group", group.Id.Value)));
            }
        }

        return RuleEvaluation.Of(findings);
    }

    /// <summary>
    /// True when a member of the group is a participant: recorded present, or, when attendance is not recorded, any
    /// member at all (participants are then the roster, and the roster holds every group member).
    /// </summary>
    private static bool HasParticipant(ImmutableArray<MemberId> members, Attendees? present)
    {
        if (present is null)
        {
            return !members.IsEmpty;
        }

        foreach (var member in members)
        {
            if (present.Contains(member))
            {
                return true;
            }
        }

        return false;
    }

    private static FindingSubject GroupSubject(PartyGroup group, int index) => new(SubjectKind.PartyGroup, group.Id.Value, RecordPaths.At(RecordPaths.PartyGroups, index));

    private static List<MemberId> RosterIds(ImmutableArray<Members.Member> members)
    {
        var ids = new List<MemberId>(members.Length);
        foreach (var member in members)
        {
            ids.Add(member.Id);
        }

        return ids;
    }
}
