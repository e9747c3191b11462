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
/// evaluation was not split the rule does not apply and passes. The evaluation is split whenever the form is 党小组会
/// (Revision 2); a record whose form and <c>meeting.evaluationSplitIntoPartyGroups</c> contradict each other (党小组会
/// with the flag false, or another form with the flag true) gets an error naming both fields, never a silent pass. In
/// the 党小组会 form participants are those present at the group sessions (<see cref="MeetingParts.GroupSessions"/>).
/// A recorded session of a group the branch does not have is reported too. Not applicable to a 民主生活会. Needs the form or the split flag and, for a split, <c>branch</c>.
/// </summary>
internal sealed class GroupPartitionRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL213"),
        "GroupPartition",
        "党小组划分",
        "When the evaluation is split (always in the 党小组会 form), every participant belongs to exactly one party group, no group is empty, each group has a leader; a form and split flag that contradict each other are an error.",
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
        new("OL213.FormContradictsSplit",
            "The meeting form ({formField}) is {form}, but {splitField} says {split}: holding the party-group form is holding the evaluation in party groups.",
            "会议形式（{formField}）为{form}，而 {splitField} 为 {split}：以党小组会形式召开即分党小组进行评议，二者矛盾。"),
        new("OL213.UnknownGroupSession",
            "The party-group session {part} names the group {group}, which the branch does not have.",
            "党小组会 {part} 所列党小组 {group} 不在本支部党小组之中。"),
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
        if (context.Meeting is not { } meeting)
        {
            return RuleEvaluation.Missing(RecordPaths.Meeting);
        }

        if (meeting.Kind == Meetings.MeetingKind.DemocraticLife)
        {
            return RuleEvaluation.Passed;
        }

        var findings = new List<FindingDraft>();
        if (meeting.Form is { } form && meeting.EvaluationSplitIntoPartyGroups is { } flag && (form == Meetings.MeetingForm.PartyGroupMeetings) != flag)
        {
            findings.Add(RuleEvaluation.Finding(
                new FindingSubject(SubjectKind.Meeting, null, GroupSplitThresholdRule.FormPath),
                "OL213.FormContradictsSplit",
                Severity.Error,
                ("formField", GroupSplitThresholdRule.FormPath),
                ("form", form),
                ("splitField", GroupSplitThresholdRule.SplitPath),
                ("split", flag ? "true" : "false")));
        }

        if (GroupSplitThresholdRule.IsSplit(meeting) is not { } split)
        {
            return RuleEvaluation.Missing(GroupSplitThresholdRule.FormPath, GroupSplitThresholdRule.SplitPath);
        }

        if (!split)
        {
            return RuleEvaluation.Of(findings);
        }

        if (context.Branch is not { } branch)
        {
            return findings.Count > 0 ? RuleEvaluation.Of(findings) : RuleEvaluation.Missing(RecordPaths.Branch);
        }

        var groups = branch.PartyGroups;
        if (groups.IsEmpty)
        {
            findings.Add(RuleEvaluation.Finding(new FindingSubject(SubjectKind.Branch, branch.Id.Value, RecordPaths.PartyGroups), "OL213.NoGroups", Severity.Error));
            return RuleEvaluation.Of(findings);
        }

        UnknownSessions(meeting, branch, findings);
        // The group sessions' participants for the 党小组会 form, else those present (the context's index, not a copy), else the roster.
        var sessions = meeting.Form == Meetings.MeetingForm.PartyGroupMeetings ? MeetingParts.GroupSessions(context).Present : null;
        var attendees = sessions is null ? context.Present : null;
        if (sessions is not null)
        {
            foreach (var participant in sessions)
            {
                CheckGrouped(participant);
            }
        }
        else if (attendees is not null)
        {
            foreach (var participant in attendees.InOrder)
            {
                CheckGrouped(participant);
            }
        }
        else
        {
            foreach (var member in branch.Members)
            {
                CheckGrouped(member.Id);
            }
        }

        for (var g = 0; g < groups.Length; g++)
        {
            var group = groups[g];
            if (!HasParticipant(group.MemberIds, sessions, attendees))
            {
                findings.Add(RuleEvaluation.Finding(GroupSubject(group, g), "OL213.EmptyGroup", Severity.Error, ("group", group.Name)));
            }

            if (group.LeaderId is null)
            {
                findings.Add(RuleEvaluation.Finding(GroupSubject(group, g), "OL213.NoLeader", Severity.Error, ("group", group.Name)));
            }
        }

        return RuleEvaluation.Of(findings);

        void CheckGrouped(MemberId participant)
        {
            if (branch.GroupOf(participant) is null)
            {
                var path = branch.TryGetMember(participant, out var member) ? RecordPaths.Member(branch.Members.IndexOf(member)) : RecordPaths.Attendance;
                findings.Add(RuleEvaluation.Finding(new FindingSubject(SubjectKind.Member, participant.Value, path), "OL213.Ungrouped", Severity.Error, ("member", context.MemberName(participant))));
            }
        }
    }

    /// <summary>
    /// True when a member of the group is a participant: recorded present, or, when attendance is not recorded, any
    /// member at all (participants are then the roster, and the roster holds every group member).
    /// </summary>
    private static bool HasParticipant(ImmutableArray<MemberId> members, IReadOnlySet<MemberId>? sessions, Attendees? attendees)
    {
        if (sessions is null && attendees is null)
        {
            return !members.IsEmpty;
        }

        foreach (var member in members)
        {
            if (sessions?.Contains(member) ?? attendees!.Contains(member))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A recorded group session of a group the roster does not define: one finding per session.</summary>
    private static void UnknownSessions(Meetings.Meeting meeting, Branch branch, List<FindingDraft> findings)
    {
        if (meeting.Parts is not { IsDefault: false } parts)
        {
            return;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i] is { Kind: Meetings.MeetingPartKind.PartyGroup, PartyGroupId: { } group } && !branch.PartyGroups.Any(g => g.Id == group))
            {
                var path = RecordPaths.At(MeetingParts.PartsPath, i);
                findings.Add(RuleEvaluation.Finding(new FindingSubject(SubjectKind.PartyGroup, group.Value, path), "OL213.UnknownGroupSession", Severity.Error, ("part", path), ("group", group.Value)));
            }
        }
    }

    private static FindingSubject GroupSubject(PartyGroup group, int index) => new(SubjectKind.PartyGroup, group.Id.Value, RecordPaths.At(RecordPaths.PartyGroups, index));
}
