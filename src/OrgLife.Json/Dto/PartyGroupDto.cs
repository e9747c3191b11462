namespace OrgLife.Json.Dto;

/// <summary><c>branch.partyGroups[i]</c>: a party group (党小组).</summary>
internal sealed record PartyGroupDto : JsonObjectDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string?[]? MemberIds { get; set; }

    public string? LeaderId { get; set; }
}
