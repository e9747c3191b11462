using System.Reflection;

namespace OrgLife.PackageConsumer.Tests;

public sealed class RulesPackageTests
{
    [Fact]
    public void The_rules_assembly_of_this_version_loads_from_its_package()
    {
        var rules = Assembly.Load("OrgLife.Rules");

        Assert.Equal("OrgLife.Rules", rules.GetName().Name);
        Assert.Equal(new Version(PackagedBuild.Version.Split('-')[0]), TrimmedVersion(rules.GetName().Version!));
    }

    // AssemblyVersion is major.minor.build.revision; a package version such as 0.1.0 has three parts.
    private static Version TrimmedVersion(Version version) => new(version.Major, version.Minor, version.Build);
}
