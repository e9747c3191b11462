using OrgLife.Members;

namespace OrgLife.Json.Dto;

/// <summary><c>branch.members[i]</c>: one member of the roster.</summary>
internal sealed record MemberDto : JsonObjectDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public MembershipStatus? Status { get; set; }

    public BranchRoles?[]? Roles { get; set; }

    public bool? OnProbationWithinParty { get; set; }

    public MemberCircumstances?[]? Circumstances { get; set; }

    public bool? IsLeadingCadre { get; set; }

    public bool? AttendedDemocraticLifeMeetingThisYear { get; set; }

    public AttendanceExclusionDto? AttendanceExclusion { get; set; }
}
