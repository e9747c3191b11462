namespace OrgLife.Members;

/// <summary>
/// An approved exclusion of a member from the number due to attend (不计入应到会人数).
/// Only an approved exclusion changes the quorum; an unapproved request changes nothing.
/// </summary>
/// <param name="Reason">One of the reasons the rules allow.</param>
/// <param name="Note">The vendor's free-text note, if any.</param>
public sealed record AttendanceExclusion(AttendanceExclusionReason Reason, string? Note = null)
{
    /// <summary>One of the reasons the rules allow.</summary>
    public AttendanceExclusionReason Reason
    {
        get;
        init => field = Checked(value);
    } = Checked(Reason);

    private static AttendanceExclusionReason Checked(AttendanceExclusionReason reason)
        => Enum.IsDefined(reason) ? reason : throw new ArgumentOutOfRangeException(nameof(Reason), reason, "AttendanceExclusion.Reason: unknown exclusion reason.");
}
