using System.Collections.Immutable;
using OrgLife.Branches;
using OrgLife.Ids;
using OrgLife.Members;

namespace OrgLife.PackageConsumer.Tests;

public sealed class AbstractionsPackageTests
{
    [Fact]
    public void A_vendor_builds_a_branch_with_members_and_a_party_group()
    {
        ImmutableArray<Member> members =
        [
            new() { Id = "m1", Name = "王芳", Roles = BranchRoles.Secretary },
            new() { Id = "m2", Name = "李强", Roles = BranchRoles.GroupLeader },
            new() { Id = "m3", Name = "张伟", Status = MembershipStatus.Probationary },
        ];
        var group = new PartyGroup("g1", "第一党小组", [new MemberId("m2"), new MemberId("m3")], leaderId: "m2");

        var branch = new Branch("b1", "东村党支部", BranchKind.Village, hasCommittee: false, members, [group]);

        Assert.Equal("m1", branch.Secretary?.Id.Value);
        Assert.Equal(new PartyGroupId("g1"), branch.GroupOf("m3"));
        Assert.False(branch.Members[2].HasVote);
    }

    [Fact]
    public void The_packaged_library_rejects_an_impossible_roster()
        => Assert.Throws<ArgumentException>(() => new Branch("b1", "东村党支部", BranchKind.Village, false,
            [new Member { Id = "m1", Name = "王芳" }, new Member { Id = "m1", Name = "李强" }]));
}
