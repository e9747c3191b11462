using OrgLife.Branches;

namespace OrgLife.Json.Dto;

/// <summary><c>branch</c>: the branch and its roster.</summary>
internal sealed record BranchDto : JsonObjectDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public BranchKind? Kind { get; set; }

    public bool? HasCommittee { get; set; }

    public string? TimeZone { get; set; }

    public MemberDto?[]? Members { get; set; }

    public PartyGroupDto?[]? PartyGroups { get; set; }

    public string?[]? OrganizationPath { get; set; }
}
