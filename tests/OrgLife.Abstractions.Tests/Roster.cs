using System.Collections.Immutable;
using OrgLife.Branches;
using OrgLife.Ids;
using OrgLife.Members;

namespace OrgLife.Abstractions.Tests;

/// <summary>Small builders so each test states only what it is about.</summary>
internal static class Roster
{
    public static Member Member(string id, BranchRoles roles = BranchRoles.None, MembershipStatus status = MembershipStatus.Full)
        => new() { Id = id, Name = "Member " + id, Roles = roles, Status = status };

    public static ImmutableArray<Member> Members(params string[] ids) => [.. ids.Select(id => Member(id))];

    public static PartyGroup Group(string id, MemberId? leaderId = null, params string[] memberIds)
        => new(id, "Group " + id, [.. memberIds.Select(m => new MemberId(m))], leaderId);

    public static Branch Branch(ImmutableArray<Member> members, params PartyGroup[] groups)
        => new("b1", "East Village Branch", BranchKind.Village, hasCommittee: false, members, [.. groups]);
}
