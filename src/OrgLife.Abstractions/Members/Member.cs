using OrgLife.Ids;

namespace OrgLife.Members;

/// <summary>
/// 党员 — one member on a branch's roster, with what the rules need to know of them.
/// Immutable; each property validates the value it is given, so <c>with</c> copies stay valid.
/// </summary>
public sealed record Member
{
    /// <summary>The vendor's ID of the member, unique within the branch.</summary>
    public required MemberId Id
    {
        get;
        init => field = value.IsDefault ? throw new ArgumentException("Member.Id must not be empty.", nameof(Id)) : value;
    }

    /// <summary>The member's name as shown to the branch; not empty.</summary>
    public required string Name
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"Member.Name must not be empty (member '{Id}').", nameof(Name))
            : value;
    }

    /// <summary>正式党员 or 预备党员. Defaults to a full member.</summary>
    public MembershipStatus Status
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Status), value, $"Member '{Id}': unknown membership status.");
    }

    /// <summary>
    /// The offices the member holds. The secretary and a deputy secretary are distinct people, so
    /// both flags together are rejected; a probationary secretary is allowed (it happens in new branches).
    /// </summary>
    public BranchRoles Roles
    {
        get;
        init
        {
            const BranchRoles all = BranchRoles.Secretary | BranchRoles.DeputySecretary | BranchRoles.CommitteeMember | BranchRoles.GroupLeader;
            if ((value & ~all) != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(Roles), value, $"Member '{Id}': unknown role flags.");
            }

            if (value.HasFlag(BranchRoles.Secretary) && value.HasFlag(BranchRoles.DeputySecretary))
            {
                throw new ArgumentException($"Member '{Id}' cannot be both secretary and deputy secretary.", nameof(Roles));
            }

            field = value;
        }
    }

    /// <summary>留党察看 — on probation within the party: keeps membership but has no vote.</summary>
    public bool OnProbationWithinParty { get; init; }

    /// <summary>
    /// Circumstances such as mobile, elderly, hardship that call for a priority talk (OL105).
    /// <see cref="MemberCircumstances.None"/> is "recorded as none"; null is "not recorded" (the rule is then not evaluated).
    /// </summary>
    public MemberCircumstances? Circumstances
    {
        get;
        init
        {
            const MemberCircumstances all = MemberCircumstances.Mobile | MemberCircumstances.ElderlyOrInfirm | MemberCircumstances.Veteran
                | MemberCircumstances.Hardship | MemberCircumstances.HealthProblem | MemberCircumstances.Disciplined;
            field = value is null || (value.Value & ~all) == 0 ? value : throw new ArgumentOutOfRangeException(nameof(Circumstances), value, $"Member '{Id}': unknown circumstance flags.");
        }
    }

    /// <summary>
    /// 党员领导干部 — a leading cadre who takes part in the branch's life as an ordinary member (OL215, OL310);
    /// null when the record does not say (never read as "no").
    /// </summary>
    public bool? IsLeadingCadre { get; init; }

    /// <summary>
    /// True when the member attended this year's leadership democratic-life meeting (民主生活会);
    /// only then may a leading cadre be left out of the democratic assessment (OL310). Null when not recorded.
    /// </summary>
    public bool? AttendedDemocraticLifeMeetingThisYear { get; init; }

    /// <summary>An approved exclusion from the number due to attend, or null.</summary>
    public AttendanceExclusion? AttendanceExclusion { get; init; }

    /// <summary>True for a full member who is not on probation within the party: the only members with a vote.</summary>
    public bool HasVote => Status == MembershipStatus.Full && !OnProbationWithinParty;

    /// <summary>True for a member who counts in the number due to attend a vote (has a vote and is not excluded).</summary>
    public bool IsDueToAttend => HasVote && AttendanceExclusion is null;

    /// <summary>True for a member of the branch committee (secretary, deputy secretary or committee member).</summary>
    public bool IsOnCommittee => (Roles & (BranchRoles.Secretary | BranchRoles.DeputySecretary | BranchRoles.CommitteeMember)) != 0;

    /// <summary>True for the secretary.</summary>
    public bool IsSecretary => Roles.HasFlag(BranchRoles.Secretary);

    /// <summary>True for a full member, the members who receive a grade in the evaluation.</summary>
    public bool IsGradable => Status == MembershipStatus.Full;
}
