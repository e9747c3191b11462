using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using OrgLife.Branches;
using OrgLife.Findings;
using OrgLife.Ids;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// OL206 CriticismCoverage 每人至少提一条批评意见 — the mutual criticism reached everyone, among those who criticize each
/// other in the form (Revision 2 "Who takes part depends on the form"):
/// <list type="bullet">
/// <item>支委会 form: the committee part only; participants are the committee members present at it (ordinary members
/// take part in the 党员大会 part, not in the criticism), so ordinary members' remarks never matter.</item>
/// <item>党小组会 form: each examinee's critics are the other participants of their own party group, present at the
/// group's session; a participant in no group has no critics due (OL213 reports them).</item>
/// <item>党员大会 form (or no form recorded): everyone present.</item>
/// <item>民主生活会: the team members present; 列席 attendees may criticize but are neither due to nor examined.</item>
/// </list>
/// Examinees are the participants who gave a self-examination (<c>meeting.selfExaminationOrder</c>), or every participant
/// when that order is not recorded. Only <see cref="RemarkKind.Criticism"/> counts. Under
/// <see cref="CriticismCoverage.EveryParticipantToEveryExaminee"/> (the default) every examinee must receive a criticism
/// from every other participant who criticizes them in the form: one finding per examinee, naming the silent ones. Under
/// <see cref="CriticismCoverage.EveryParticipantAtLeastOnce"/>, or when the branch uses the simplified procedure, every
/// participant must criticize at least one examinee: one finding per silent participant.
/// </summary>
internal sealed class CriticismCoverageRule : Rule
{
    private const string RemarksPath = "meeting.remarks";

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL206"),
        "CriticismCoverage",
        "每人至少提一条批评意见",
        "Every examinee received at least one criticism from every other participant of the criticism (支委会 form: the committee members at the committee part; 党小组会 form: the examinee's own group); a work suggestion does not count.",
        Severity.Error,
        [
            Sources.City2019("二", "（每人至少提一条批评意见）"),
            Sources.Collection("第二篇 (二)2", "每位支委成员自我批评结束后,其他成员要依次提出批评意见,发言一个批评一个"),
            Sources.District2017("附件1 二.3", "不能以工作建议代替批评意见。"),
        ])
    {
        ChineseSummary = "每名对照检查者都收到其他参会人员的批评意见（每人至少提一条批评意见）；工作建议不能代替批评意见。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL206.Uncriticized",
            "{member} received no criticism from {count}: {critics}.",
            "{member} 未收到 {count} 名其他参会人员的批评意见：{critics}。"),
        new("OL206.Silent",
            "Participant {member} made no criticism of anyone.",
            "参会人员 {member} 未对任何人提出批评意见。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context) => Evaluate(context, fast: true);

    /// <summary>
    /// The check. With <paramref name="fast"/>, an examinee who received a criticism from every critic due is passed on a
    /// count, without the scan over every participant that names the silent ones, and participants already distinct
    /// (an attendance list without a repeated member present) are not de-duplicated again through a set, and the remarks'
    /// critics and examinees are found by hints (<see cref="Count"/>) rather than a plain search. Without it, the
    /// plain reference the tests' property binds the fast paths to: both give the same evaluation.
    /// </summary>
    internal RuleEvaluation Evaluate(RuleContext context, bool fast)
    {
        if (context.Meeting is not { } meeting)
        {
            return RuleEvaluation.Missing(RecordPaths.Meeting);
        }

        var circle = Circle(context, meeting, fast, out var missing);
        if (circle is null || meeting.Remarks is not { IsDefault: false })
        {
            var absent = new List<string>(2);
            if (missing is not null)
            {
                absent.Add(missing);
            }

            if (meeting.Remarks is not { IsDefault: false })
            {
                absent.Add(RemarksPath);
            }

            return RuleEvaluation.Missing([.. absent]);
        }

        var (participants, groupOf) = circle.Value;
        var index = new ParticipantIndex(participants);
        var isExaminee = new bool[participants.Count];
        if (meeting.SelfExaminationOrder is { IsDefault: false } order)
        {
            var hint = 0;
            foreach (var examinee in order)
            {
                if (index.Find(examinee, ref hint) is var at and >= 0)
                {
                    isExaminee[at] = true;
                }
            }
        }
        else
        {
            Array.Fill(isExaminee, true);
        }

        var remarks = meeting.Remarks.Value;
        var criticized = new CriticismPairs(participants.Count, remarks.Length);
        // Per examinee, the distinct critics of their own circle met so far: equal to the critics due, nobody was silent.
        var received = new int[participants.Count];
        if (fast)
        {
            Count(remarks.AsSpan(), index, CollectionsMarshal.AsSpan(participants), CollectionsMarshal.AsSpan(groupOf), criticized, received);
        }
        else
        {
            PlainCount(remarks, participants, groupOf, criticized, received);
        }


        var findings = new List<FindingDraft>();
        var simplified = context.Branch is { } branch && context.Policy.UsesSimplifiedProcedure(branch.Kind);
        if (context.Policy.CriticismCoverage == CriticismCoverage.EveryParticipantToEveryExaminee && !simplified)
        {
            EveryParticipantToEveryExaminee(context, participants, groupOf, isExaminee, criticized, fast ? CriticsDue(groupOf) : null, received, findings);
        }
        else
        {
            EveryParticipantAtLeastOnce(context, participants, groupOf, isExaminee, criticized, findings);
        }

        return RuleEvaluation.Of(findings);
    }

    /// <summary>
    /// Who criticizes whom in the form: the participants in attendance order, each once, and each one's circle (two
    /// participants criticize each other when their circles are equal and not negative). Null with the missing datum
    /// when the part's attendance (or, for a narrowed circle, the roster) is not recorded.
    /// </summary>
    private static (List<MemberId> Participants, List<int> GroupOf)? Circle(RuleContext context, Meeting meeting, bool fast, out string? missing)
    {
        missing = null;
        // Sized for everyone in attendance: the circle is at most that (plus, rarely, group members listed elsewhere).
        var capacity = meeting.Attendance is { IsDefault: false } attendance ? attendance.Length : 0;
        var participants = new List<MemberId>(capacity);
        var groupOf = new List<int>(capacity);
        // Made only where members may repeat: the committee's and a repeat-free attendance's present members are distinct.
        var seen = fast ? null : new HashSet<MemberId>(capacity, MemberIdComparer.Instance);
        var form = context.IsDemocraticLife ? (MeetingForm?)null : meeting.Form;
        if (form is MeetingForm.CommitteeMeeting or MeetingForm.PartyGroupMeetings && context.Branch is null)
        {
            missing = RecordPaths.Branch;
            return null;
        }

        switch (form)
        {
            case MeetingForm.CommitteeMeeting:
                var committee = MeetingParts.Of(context, MeetingPartKind.Committee);
                if (committee.Present is not { } atCommittee)
                {
                    missing = committee.Path;
                    return null;
                }

                foreach (var id in atCommittee.InOrder)
                {
                    if (context.Branch!.TryGetMember(id, out var member) && member.IsOnCommittee && (fast || seen!.Add(id)))
                    {
                        participants.Add(id);
                        groupOf.Add(0);
                    }
                }

                return (participants, groupOf);

            case MeetingForm.PartyGroupMeetings:
                return GroupCircles(context, context.Branch!, participants, groupOf, seen ?? new HashSet<MemberId>(capacity, MemberIdComparer.Instance), ref missing);

            default:
                var general = context.IsDemocraticLife
                    ? new PartAttendance(meeting.Attendance ?? default, context.Present, RecordPaths.Attendance)
                    : MeetingParts.Of(context, MeetingPartKind.GeneralMeeting, PartChoice.Last);
                if (general.IsMissing)
                {
                    missing = general.Path;
                    return null;
                }

                // Attendees counts each member present once: as many as the entries present, none repeats.
                var distinct = fast && general.Present!.InOrder.Length == CountPresent(general.Entries);
                foreach (var entry in general.Entries)
                {
                    if (entry is { Present: true, SitsIn: false } && (distinct || (seen ??= new HashSet<MemberId>(capacity, MemberIdComparer.Instance)).Add(entry.MemberId)))
                    {
                        participants.Add(entry.MemberId);
                        groupOf.Add(0);
                    }
                }

                return (participants, groupOf);
        }
    }

    /// <summary>The 党小组会 form: each group's members present at its session, in roster order of the groups.</summary>
    private static (List<MemberId>, List<int>)? GroupCircles(RuleContext context, Branch branch, List<MemberId> participants, List<int> groupOf, HashSet<MemberId> seen, ref string? missing)
    {
        for (var g = 0; g < branch.PartyGroups.Length; g++)
        {
            var group = branch.PartyGroups[g];
            var session = MeetingParts.Of(context, MeetingPartKind.PartyGroup, PartChoice.First, group.Id);
            if (session.Present is not { } present)
            {
                missing = session.Path;
                return null;
            }

            foreach (var id in group.MemberIds)
            {
                if (present.Contains(id) && seen.Add(id))
                {
                    participants.Add(id);
                    groupOf.Add(g);
                }
            }
        }

        // Participants in no group have no critics due here; OL213 names them.
        if (context.Present is { } single)
        {
            foreach (var id in single.InOrder)
            {
                if (seen.Add(id))
                {
                    participants.Add(id);
                    groupOf.Add(-1);
                }
            }
        }

        return (participants, groupOf);
    }

    private static int CountPresent(ImmutableArray<AttendanceEntry> entries)
    {
        var count = 0;
        foreach (var entry in entries)
        {
            count += entry is { Present: true } ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Records every criticism between participants and counts, per examinee, the distinct critics of their own circle: the
    /// loop over every remark (380 in a 22-member branch), kept apart with spans and never inlined into the large
    /// <see cref="Evaluate(RuleContext, bool)"/>, where its locals would spill to the stack.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Count(ReadOnlySpan<Remark> remarks, ParticipantIndex index, ReadOnlySpan<MemberId> participants, ReadOnlySpan<int> groupOf, CriticismPairs criticized, Span<int> received)
    {
        // Positions stay below the participant count: unchecked, as the checked additions cost on every remark.
        unchecked
        {
            int from = 0, to = 0;
            foreach (var remark in remarks)
            {
                if (remark is not { Kind: RemarkKind.Criticism })
                {
                    continue;
                }

                // A critic's remarks usually follow the previous critic's position; an examinee's stay on it.
                // The same string object, as a reader that shares repeated texts gives (and the rest goes to the full search).
                var fromId = remark.FromMemberId;
                from = (uint)(from + 1) < (uint)participants.Length && ReferenceEquals(participants[from + 1].Value, fromId.Value) ? from + 1 : Locate(index, fromId, from);
                if (from < 0)
                {
                    from = 0;
                    continue;
                }

                var toId = remark.ToMemberId;
                to = (uint)to < (uint)participants.Length && ReferenceEquals(participants[to].Value, toId.Value) ? to : Locate(index, toId, to);
                if (to < 0)
                {
                    to = 0;
                    continue;
                }

                if (criticized.Add(from, to) && from != to && groupOf[to] >= 0 && groupOf[from] == groupOf[to])
                {
                    // At most one per critic: no overflow to check.
                    received[to]++;
                }
            }
        }
    }

    /// <summary>
    /// <see cref="ParticipantIndex.Find(MemberId, ref int)"/> from <paramref name="hint"/>, for <see cref="Count"/>'s rarer
    /// misses: kept out of its loop, where the inlined search would crowd its locals out of the registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Locate(ParticipantIndex index, MemberId id, int hint) => index.Find(id, ref hint);

    /// <summary>The reference for <see cref="Count"/>: each remark's critic and examinee found by a plain search.</summary>
    private static void PlainCount(ImmutableArray<Remark> remarks, List<MemberId> participants, List<int> groupOf, CriticismPairs criticized, int[] received)
    {
        foreach (var remark in remarks)
        {
            if (remark is not { Kind: RemarkKind.Criticism })
            {
                continue;
            }

            var from = participants.FindIndex(p => p.Value == remark.FromMemberId.Value);
            var to = participants.FindIndex(p => p.Value == remark.ToMemberId.Value);
            if (from >= 0 && to >= 0 && criticized.Add(from, to) && SameCircle(groupOf, from, to))
            {
                received[to]++;
            }
        }
    }

    private static bool SameCircle(List<int> groupOf, int from, int to) => from != to && groupOf[to] >= 0 && groupOf[from] == groupOf[to];

    /// <summary>Per participant, how many critics are due to them: the others of their circle (none outside any circle).</summary>
    private static int[] CriticsDue(List<int> groupOf)
    {
        var circles = 0;
        foreach (var circle in groupOf)
        {
            circles = Math.Max(circles, circle + 1);
        }

        var size = new int[circles];
        foreach (var circle in groupOf)
        {
            if (circle >= 0)
            {
                size[circle]++;
            }
        }

        var due = new int[groupOf.Count];
        for (var i = 0; i < due.Length; i++)
        {
            due[i] = groupOf[i] >= 0 ? size[groupOf[i]] - 1 : 0;
        }

        return due;
    }

    private static void EveryParticipantToEveryExaminee(RuleContext context, List<MemberId> participants, List<int> groupOf, bool[] isExaminee, CriticismPairs criticized, int[]? due, int[] received, List<FindingDraft> findings)
    {
        var count = participants.Count;
        for (var to = 0; to < count; to++)
        {
            // Every critic due was met (each pair counted once): nobody to name, so the scan is skipped.
            if (!isExaminee[to] || (due is not null && received[to] == due[to]))
            {
                continue;
            }

            List<string>? silent = null;
            for (var from = 0; from < count; from++)
            {
                if (SameCircle(groupOf, from, to) && !criticized.Contains(from, to))
                {
                    (silent ??= []).Add(context.MemberName(participants[from]));
                }
            }

            if (silent is not null)
            {
                var subject = new FindingSubject(SubjectKind.Member, participants[to].Value, RemarksPath);
                findings.Add(RuleEvaluation.Finding(subject, "OL206.Uncriticized", Severity.Error, ("member", context.MemberName(participants[to])), ("count", new Quantity(silent.Count, "other participant", "other participants")), ("critics", string.Join(", ", silent))));
            }
        }
    }

    private static void EveryParticipantAtLeastOnce(RuleContext context, List<MemberId> participants, List<int> groupOf, bool[] isExaminee, CriticismPairs criticized, List<FindingDraft> findings)
    {
        var count = participants.Count;
        for (var from = 0; from < count; from++)
        {
            var hasTarget = false;
            var spoke = false;
            for (var to = 0; to < count && !spoke; to++)
            {
                if (SameCircle(groupOf, from, to) && isExaminee[to])
                {
                    hasTarget = true;
                    spoke = criticized.Contains(from, to);
                }
            }

            if (hasTarget && !spoke)
            {
                var subject = new FindingSubject(SubjectKind.Member, participants[from].Value, RemarksPath);
                findings.Add(RuleEvaluation.Finding(subject, "OL206.Silent", Severity.Error, ("member", context.MemberName(participants[from]))));
            }
        }
    }
}
