using System.Collections.Immutable;
using OrgLife.Findings;

namespace OrgLife.Abstractions.Tests;

/// <summary>Records holding immutable arrays compare their contents, not the arrays' identity.</summary>
public sealed class EqualityTests
{
    [Fact]
    public void Two_party_groups_built_separately_from_the_same_values_are_equal()
    {
        var a = Roster.Group("g1", "m1", "m1", "m2");
        var b = Roster.Group("g1", "m1", "m1", "m2");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Roster.Group("g1", "m1", "m1", "m3"));
        Assert.NotEqual(a, Roster.Group("g1", null, "m1", "m2"));
    }

    [Fact]
    public void Two_branches_built_separately_from_the_same_values_are_equal()
    {
        static OrgLife.Branches.Branch Build() => Roster.Branch(Roster.Members("m1", "m2"), Roster.Group("g1", "m2", "m1", "m2"));
        Assert.Equal(Build(), Build());
        Assert.Equal(Build().GetHashCode(), Build().GetHashCode());
    }

    [Fact]
    public void Rule_descriptors_with_the_same_sources_are_equal()
    {
        static RuleDescriptor Build() => new(new RuleId("OL303"), "ExcellentCap", "优秀比例", "At most a third.", Severity.Warning,
            [new SourceCitation("seeds/001.txt", "二.5", "Village-2019")]);
        Assert.Equal(Build(), Build());
        Assert.Equal(Build().GetHashCode(), Build().GetHashCode());
    }

    [Fact]
    public void Findings_with_the_same_arguments_and_sources_are_equal()
    {
        static Finding Build(string count) => new(new RuleId("OL201"), Severity.Error, new FindingSubject(SubjectKind.Meeting, null, "meeting.attendance"),
            "OL201.Violated", ImmutableDictionary<string, string>.Empty.Add("present", count).Add("due", "20"), "Quorum not reached.",
            [new SourceCitation("支部工作条例", "第十一条", "Branch-Regulation")]);
        Assert.Equal(Build("9"), Build("9"));
        Assert.Equal(Build("9").GetHashCode(), Build("9").GetHashCode());
        Assert.NotEqual(Build("9"), Build("10"));
    }
}
