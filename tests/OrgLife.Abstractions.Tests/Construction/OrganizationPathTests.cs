using System.Collections.Immutable;
using OrgLife.Branches;

namespace OrgLife.Abstractions.Tests.Construction;

public sealed class OrganizationPathTests
{
    [Fact]
    public void A_branch_keeps_its_organization_path_and_compares_by_it()
    {
        var branch = new Branch("b1", "Branch", BranchKind.Village, false, Roster.Members("m1")) { OrganizationPath = ["省1", "市1", "县1"] };

        Assert.Equal(new[] { "省1", "市1", "县1" }, branch.OrganizationPath.ToArray());
        Assert.NotEqual(branch, branch with { OrganizationPath = ["省1"] });
        Assert.Empty(new Branch("b2", "Branch", BranchKind.Village, false, Roster.Members("m1")).OrganizationPath);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" 省1")]
    [InlineData("省\u00011")]
    public void An_organization_path_entry_that_is_not_an_id_is_refused_naming_the_branch(string entry)
    {
        var error = Assert.Throws<ArgumentException>(() => new Branch("b1", "Branch", BranchKind.Village, false, Roster.Members("m1")) { OrganizationPath = ["省1", entry] });

        Assert.Contains("Branch 'b1': organizationPath[1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organization_path_deeper_than_eight_levels_is_refused()
    {
        var path = Enumerable.Range(0, OrganizationPaths.MaxDepth + 1).Select(i => $"L{i}").ToImmutableArray();

        Assert.Throws<ArgumentException>(() => new Branch("b1", "Branch", BranchKind.Village, false, Roster.Members("m1")) { OrganizationPath = path });
    }
}
