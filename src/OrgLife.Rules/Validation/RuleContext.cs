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
    /// The members recorded present in <c>meeting.attendance</c>, in attendance order, each once; null when attendance
    /// is not recorded. Several rules need it, so it is built once per validation (a context serves one validation on one thread).
    /// </summary>
    public ImmutableArray<MemberId>? PresentInOrder => Meeting?.Attendance is null ? null : (present ??= Attendees.Present(Meeting.Attendance.Value)).InOrder;

    /// <summary>The same members as <see cref="PresentInOrder"/>, as a set; null when attendance is not recorded.</summary>
    public IReadOnlySet<MemberId>? PresentSet => Meeting?.Attendance is null ? null : (present ??= Attendees.Present(Meeting.Attendance.Value)).Set;

    private Attendees? present;
}
