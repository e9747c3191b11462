using NodaTime;
using OrgLife.Ids;

namespace OrgLife.FollowUp;

/// <summary>A member's report on fulfilling their commitments (践诺情况报告), OL505.</summary>
/// <param name="MemberId">The member who reported.</param>
/// <param name="Date">When the report was made.</param>
public sealed record MemberCommitmentReport(MemberId MemberId, LocalDate Date)
{
    /// <summary>The member who reported.</summary>
    public MemberId MemberId
    {
        get;
        init => field = Checked(value);
    } = Checked(MemberId);

    private static MemberId Checked(MemberId memberId)
        => memberId.IsDefault ? throw new ArgumentException("MemberCommitmentReport.MemberId must not be empty.", nameof(MemberId)) : memberId;
}
