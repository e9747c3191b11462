using System.IO.Compression;

namespace OrgLife.PackageConsumer.Tests;

/// <summary>Each package holds what a vendor's IDE and nuget.org show: the DLL, its XML docs, its README and its symbols.</summary>
public sealed class PackageContentTests
{
    [Theory]
    [InlineData("OrgLife.Abstractions")]
    [InlineData("OrgLife.Rules")]
    [InlineData("OrgLife.Tally")]
    [InlineData("OrgLife.Partials")]
    [InlineData("OrgLife.Storage")]
    [InlineData("OrgLife.Json")]
    public void The_package_holds_the_library_its_XML_docs_and_its_README(string id)
    {
        using var package = ZipFile.OpenRead(PackagePath(id, "nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains($"lib/net10.0/{id}.dll", entries);
        Assert.Contains($"lib/net10.0/{id}.xml", entries);
        Assert.Contains("README.md", entries);
        using var nuspec = new StreamReader(package.GetEntry($"{id}.nuspec")!.Open());
        Assert.Contains("<readme>README.md</readme>", nuspec.ReadToEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OrgLife.Abstractions")]
    [InlineData("OrgLife.Rules")]
    [InlineData("OrgLife.Tally")]
    [InlineData("OrgLife.Partials")]
    [InlineData("OrgLife.Storage")]
    [InlineData("OrgLife.Json")]
    public void The_symbol_package_holds_the_portable_PDB(string id)
    {
        using var symbols = ZipFile.OpenRead(PackagePath(id, "snupkg"));
        Assert.Contains(symbols.Entries, e => e.FullName == $"lib/net10.0/{id}.pdb");
    }

    private static string PackagePath(string id, string extension)
    {
        var path = Path.Combine(PackagedBuild.Feed, $"{id}.{PackagedBuild.Version}.{extension}");
        Assert.True(File.Exists(path), $"{path} is missing: run `dotnet pack` into the feed first (test.sh does).");
        return path;
    }
}
