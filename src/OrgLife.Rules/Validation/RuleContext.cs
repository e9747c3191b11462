using System.Collections.Immutable;
using OrgLife.Branches;
using OrgLife.Evaluation;
using OrgLife.FollowUp;
using OrgLife.Ids;
using OrgLife.Meetings;
using OrgLife.Members;
using OrgLife.Preparation;
using OrgLife.Records;
using OrgLife.Rules.Policies;
using NodaTime;

namespace OrgLife.Rules.Validation;

/// <summary>Everything a rule may read: the record, the policy and the as-of date. Nothing else (no clock, no culture).</summary>
/// <param name="Record">The branch record under validation.</param>
/// <param name="Policy">The policy in force.</param>
/// <param name="AsOf">The date the validation is as of, in the branch's time zone; deadlines not yet due are not overdue.</param>
internal sealed record RuleContext(BranchRecord Record, OrgLifePolicy Policy, LocalDate AsOf)
{
    /// <summary>The branch and roster, or null.</summary>
    public Branch? Branch => Record.Branch;

    /// <summary>The preparation record, or null.</summary>
    public PreparationRecord? Preparation => Record.Preparation;

    /// <summary>The meeting, or null.</summary>
    public Meeting? Meeting => Record.Meeting;

    /// <summary>The evaluation record, or null.</summary>
    public EvaluationRecord? Evaluation => Record.Evaluation;

    /// <summary>The follow-up record, or null.</summary>
    public FollowUpRecord? FollowUp => Record.FollowUp;

    /// <summary>True when the meeting is a leadership 民主生活会.</summary>
    public bool IsDemocraticLife => Meeting?.Kind == MeetingKind.DemocraticLife;

    /// <summary>
    /// The members recorded present in <c>meeting.attendance</c>, in attendance order, each once, with their positions;
    /// null when attendance is not recorded. Several rules need it (OL201, OL202, OL206, OL213), so it is built once
    /// per validation (a context serves one validation on one thread).
    /// </summary>
    public Attendees? Present => Meeting?.Attendance is { } attendance ? present ??= Attendees.Present(attendance) : null;

    /// <summary>
    /// The roster index of <paramref name="member"/>, or -1 when the roster is absent or does not list them. Rules that
    /// keep per-member tallies index arrays by it. Rosters of up to 64 members are scanned; a larger one gets a hash
    /// index, built once per validation with the cheap comparer.
    /// </summary>
    public int RosterIndexOf(MemberId member)
    {
        if (Branch is not { } branch)
        {
            return -1;
        }

        var members = branch.Members;
        if (members.Length <= LinearScanLimit)
        {
            // Rules mostly ask in roster order (a finding per member or determination): the last hit's successor first.
            // Roster IDs are unique, so a hit there is the scan's answer.
            var next = unchecked(lastHit + 1);
            if ((uint)next < (uint)members.Length && MemberIdComparer.Same(members[next].Id, member))
            {
                return lastHit = next;
            }

            // A branch has about 22 members, at most about 50: scanning them costs less than building a hash index.
            for (var i = 0; i < members.Length; i++)
            {
                if (MemberIdComparer.Same(members[i].Id, member))
                {
                    return lastHit = i;
                }
            }

            return -1;
        }

        if (rosterIndex is null)
        {
            // The roster's IDs are unique (Branch enforces it), so Add cannot collide.
            rosterIndex = new Dictionary<MemberId, int>(branch.Members.Length, MemberIdComparer.Instance);
            for (var i = 0; i < branch.Members.Length; i++)
            {
                rosterIndex.Add(branch.Members[i].Id, i);
            }
        }

        return rosterIndex.TryGetValue(member, out var index) ? index : -1;
    }

    /// <summary>
    /// <see cref="RosterIndexOf(MemberId)"/> for a loop over data listed in roster order (attendance, determinations,
    /// reports usually are): tries the last hit and the position after it before the full search, and moves <paramref name="hint"/>
    /// to the position found. Start a loop with a hint of 0.
    /// </summary>
    public int RosterIndexOf(MemberId member, ref int hint)
    {
        if (Branch is not { } branch)
        {
            return -1;
        }

        var members = branch.Members;
        for (var at = Math.Max(hint, 0); at < hint + 2 && at < members.Length; at++)
        {
            if (MemberIdComparer.Same(members[at].Id, member))
            {
                return hint = at;
            }
        }

        var found = RosterIndexOf(member);
        if (found >= 0)
        {
            hint = found;
        }

        return found;
    }

    /// <summary>The roster member with <paramref name="member"/>'s ID, found as <see cref="RosterIndexOf(MemberId, ref int)"/> does; null when absent.</summary>
    public Member? RosterMember(MemberId member, ref int hint)
        => RosterIndexOf(member, ref hint) is var at and >= 0 ? Branch!.Members[at] : null;

    /// <summary>
    /// The pre-meeting talks indexed by roster position, built once per validation for OL103–OL105; null when the roster
    /// or the talks are not recorded.
    /// </summary>
    public PreparationRules.PreMeetingTalkIndex? TalkIndex
        => Branch is null || Preparation?.Talks is null ? null : talkIndex ??= PreparationRules.PreMeetingTalkIndex.Build(this);

    /// <summary>Rosters up to this size are searched by a scan; larger ones get a hash index.</summary>
    private const int LinearScanLimit = 64;

    // The last position RosterIndexOf(MemberId) found by a scan (a context serves one validation on one thread).
    private int lastHit = -1;
    private Attendees? present;
    private PreparationRules.PreMeetingTalkIndex? talkIndex;
    private Dictionary<MemberId, int>? rosterIndex;
}
