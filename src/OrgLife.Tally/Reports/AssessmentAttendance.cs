namespace OrgLife.Tally.Reports;

/// <summary>
/// 应到 / 实到 — the attendance of the assessment meeting, which a ballot box cannot know: the members due and the
/// members present. Needed only by rules whose base or turnout is one of them; a rule that needs a figure given as
/// null is reported as not evaluated, naming it.
/// </summary>
/// <param name="MembersDue">The members due to take part (应到), or null when not recorded; 0 or more.</param>
/// <param name="MembersPresent">The members present (实到), or null when not recorded; 0 or more.</param>
public sealed record AssessmentAttendance(long? MembersDue, long? MembersPresent)
{
    /// <summary>No attendance recorded.</summary>
    public static AssessmentAttendance None { get; } = new(null, null);

    /// <summary>The members due (应到), or null.</summary>
    public long? MembersDue { get; init; } = MembersDue is null or >= 0 ? MembersDue : throw new ArgumentOutOfRangeException(nameof(MembersDue), MembersDue, "Members due cannot be negative.");

    /// <summary>The members present (实到), or null.</summary>
    public long? MembersPresent { get; init; } = MembersPresent is null or >= 0 ? MembersPresent : throw new ArgumentOutOfRangeException(nameof(MembersPresent), MembersPresent, "Members present cannot be negative.");
}
