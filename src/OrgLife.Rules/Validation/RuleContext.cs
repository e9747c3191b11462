using System.Collections.Immutable;
using OrgLife.Branches;
using OrgLife.Evaluation;
using OrgLife.FollowUp;
using OrgLife.Ids;
using OrgLife.Meetings;
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
    /// keep per-member tallies index arrays by it; the index is built once per validation, with the cheap comparer.
    /// </summary>
    public int RosterIndexOf(MemberId member)
    {
        if (Branch is not { } branch)
        {
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

    private Attendees? present;
    private Dictionary<MemberId, int>? rosterIndex;
}
