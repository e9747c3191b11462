using System.Collections.Immutable;
using OrgLife.Branches;
using OrgLife.Members;

namespace OrgLife.Abstractions.Tests.Construction;

public sealed class BranchTests
{
    [Fact]
    public void A_branch_with_an_empty_ID_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new Branch(default, "Branch", BranchKind.Village, false, Roster.Members("m1")));
        Assert.Equal("id", error.ParamName);
        Assert.Contains("Branch.Id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_branch_with_a_blank_name_is_rejected_naming_the_branch()
    {
        var error = Assert.Throws<ArgumentException>(() => new Branch("b1", "", BranchKind.Village, false, Roster.Members("m1")));
        Assert.Equal("name", error.ParamName);
        Assert.Contains("b1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_branch_kind_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Branch("b1", "Branch", (BranchKind)99, false, Roster.Members("m1")));
        Assert.Equal("kind", error.ParamName);
    }

    [Fact]
    public void Duplicate_member_IDs_are_rejected_naming_the_member()
    {
        var error = Assert.Throws<ArgumentException>(() => Roster.Branch(Roster.Members("m1", "m2", "m1")));
        Assert.Equal("members", error.ParamName);
        Assert.Contains("'m1' appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_secretaries_are_rejected_naming_the_second()
    {
        ImmutableArray<Member> members = [Roster.Member("m1", BranchRoles.Secretary), Roster.Member("m2"), Roster.Member("m3", BranchRoles.Secretary)];
        var error = Assert.Throws<ArgumentException>(() => Roster.Branch(members));
        Assert.Equal("members", error.ParamName);
        Assert.Contains("m3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_member_is_rejected_with_its_index()
    {
        var error = Assert.Throws<ArgumentException>(() => Roster.Branch([Roster.Member("m1"), null!]));
        Assert.Contains("members[1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_in_two_party_groups_is_rejected_naming_both_groups()
    {
        var error = Assert.Throws<ArgumentException>(() => Roster.Branch(
            Roster.Members("m1", "m2", "m3"),
            Roster.Group("g1", null, "m1", "m2"),
            Roster.Group("g2", null, "m2", "m3")));
        Assert.Equal("partyGroups", error.ParamName);
        Assert.Contains("'m2'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'g1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'g2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_listing_someone_not_on_the_roster_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Roster.Branch(Roster.Members("m1"), Roster.Group("g1", null, "m1", "m5")));
        Assert.Equal("partyGroups", error.ParamName);
        Assert.Contains("'m5', who is not on the roster", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_groups_with_the_same_ID_are_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Roster.Branch(
            Roster.Members("m1", "m2"), Roster.Group("g1", null, "m1"), Roster.Group("g1", null, "m2")));
        Assert.Contains("'g1' appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_probationary_secretary_leads_a_valid_branch()
    {
        var branch = Roster.Branch([Roster.Member("m1", BranchRoles.Secretary, MembershipStatus.Probationary), Roster.Member("m2")]);
        Assert.Equal("m1", branch.Secretary?.Id.Value);
    }

    [Fact]
    public void Empty_groups_and_groups_without_a_leader_are_allowed_in_a_branch()
    {
        var branch = Roster.Branch(Roster.Members("m1", "m2"), Roster.Group("g1"), Roster.Group("g2", null, "m1", "m2"));
        Assert.Equal(2, branch.PartyGroups.Length);
        Assert.Equal("g2", branch.GroupOf("m1")?.Value);
    }

    [Fact]
    public void A_member_in_no_group_has_no_group()
        => Assert.Null(Roster.Branch(Roster.Members("m1")).GroupOf("m1"));

    [Fact]
    public void A_branch_without_a_time_zone_uses_Asia_Shanghai()
        => Assert.Equal("Asia/Shanghai", Roster.Branch(Roster.Members("m1")).TimeZone.Id);

    [Fact]
    public void Members_are_found_by_ID()
    {
        var branch = Roster.Branch(Roster.Members("m1", "m2"));
        Assert.True(branch.TryGetMember("m2", out var member));
        Assert.Equal("m2", member.Id.Value);
        Assert.False(branch.TryGetMember("m3", out _));
    }

    [Fact]
    public void The_committee_is_the_secretary_deputies_and_committee_members()
    {
        var branch = Roster.Branch([
            Roster.Member("m1", BranchRoles.Secretary), Roster.Member("m2", BranchRoles.DeputySecretary),
            Roster.Member("m3", BranchRoles.CommitteeMember), Roster.Member("m4", BranchRoles.GroupLeader)]);
        Assert.Equal(["m1", "m2", "m3"], branch.CommitteeMembers.Select(m => m.Id.Value));
    }
}
