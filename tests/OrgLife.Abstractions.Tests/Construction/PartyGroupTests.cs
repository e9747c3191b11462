using OrgLife.Branches;
using OrgLife.Ids;

namespace OrgLife.Abstractions.Tests.Construction;

public sealed class PartyGroupTests
{
    [Fact]
    public void A_group_with_an_empty_ID_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new PartyGroup(default, "Group", []));
        Assert.Equal("id", error.ParamName);
        Assert.Contains("PartyGroup.Id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_with_a_blank_name_is_rejected_naming_the_group()
    {
        var error = Assert.Throws<ArgumentException>(() => new PartyGroup("g1", " ", []));
        Assert.Equal("name", error.ParamName);
        Assert.Contains("g1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_leader_outside_the_group_is_rejected_naming_the_leader()
    {
        var error = Assert.Throws<ArgumentException>(() => Roster.Group("g1", "m9", "m1", "m2"));
        Assert.Equal("leaderId", error.ParamName);
        Assert.Contains("m9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_listed_twice_in_one_group_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Roster.Group("g1", null, "m1", "m1"));
        Assert.Equal("memberIds", error.ParamName);
        Assert.Contains("m1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_member_ID_in_a_group_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new PartyGroup("g1", "Group", [new MemberId("m1"), default]));
        Assert.Equal("memberIds", error.ParamName);
    }

    [Fact]
    public void An_empty_party_group_is_allowed()
    {
        var group = new PartyGroup("g1", "Group", []);
        Assert.Empty(group.MemberIds);
        Assert.Null(group.LeaderId);
    }

    [Fact]
    public void A_default_member_list_is_read_as_an_empty_group()
        => Assert.Empty(new PartyGroup("g1", "Group", default).MemberIds);

    [Fact]
    public void A_group_with_no_leader_is_allowed()
        => Assert.Null(Roster.Group("g1", null, "m1", "m2").LeaderId);
}
