using System.Reflection;

namespace OrgLife.PackageConsumer.Tests;

/// <summary>What the project file told this build: the package version and the feed it restored from.</summary>
internal static class PackagedBuild
{
    public static string Version { get; } = Metadata("OrgLifePackageVersion");

    public static string Feed { get; } = Metadata("OrgLifeFeed");

    private static string Metadata(string key)
        => typeof(PackagedBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
           ?? throw new InvalidOperationException($"The project file sets no {key}.");
}
