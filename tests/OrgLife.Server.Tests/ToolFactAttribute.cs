namespace OrgLife.Server.Tests;

/// <summary>
/// A test that needs a program outside .NET (a browser, a JDK): test.sh installs it and names it in an environment
/// variable, or it is found on the PATH. Without it the test is skipped on a developer's machine and fails in CI
/// (<c>CI=true</c>), where a missing tool is a broken setup, not a reason to pass.
/// </summary>
public abstract class ToolFactAttribute : FactAttribute
{
    /// <summary>Skips the test when <paramref name="found"/> is false, outside CI.</summary>
    /// <param name="found">Whether the tool is there.</param>
    /// <param name="what">What is missing and how to get it.</param>
    protected ToolFactAttribute(bool found, string what)
    {
        if (!found && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"{what} (test.sh installs it; in CI its absence fails the test)";
        }
    }

    /// <summary>The file <paramref name="variable"/> names, else <paramref name="program"/> found on the PATH; null when neither exists.</summary>
    internal static string? Find(string variable, string program)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } named)
        {
            return File.Exists(named) || Directory.Exists(named) ? named : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>Needs Chromium and chromedriver (ORGLIFE_TEST_CHROMIUM, ORGLIFE_TEST_CHROMEDRIVER, or on the PATH).</summary>
public sealed class BrowserFactAttribute() : ToolFactAttribute(Browser.Chromium is not null && Browser.Driver is not null, "Chromium or chromedriver is not installed (Debian: chromium, chromium-driver)");

/// <summary>Needs a JDK (ORGLIFE_TEST_JDK, its bin folder, or javac on the PATH).</summary>
public sealed class JavaFactAttribute() : ToolFactAttribute(Jdk.Javac is not null, "No JDK is installed (Debian: default-jdk-headless)");

/// <summary>Where the browser is.</summary>
internal static class Browser
{
    public static string? Chromium { get; } = ToolFactAttribute.Find("ORGLIFE_TEST_CHROMIUM", "chromium");

    public static string? Driver { get; } = ToolFactAttribute.Find("ORGLIFE_TEST_CHROMEDRIVER", "chromedriver");
}

/// <summary>Where the JDK is.</summary>
internal static class Jdk
{
    private static readonly string? Bin = Environment.GetEnvironmentVariable("ORGLIFE_TEST_JDK") is { Length: > 0 } named
        ? named
        : ToolFactAttribute.Find("ORGLIFE_TEST_JAVAC", "javac") is { } javac ? Path.GetDirectoryName(Path.GetFullPath(ResolveLink(javac))) : null;

    public static string? Javac { get; } = Bin is not null && File.Exists(Path.Combine(Bin, "javac")) ? Path.Combine(Bin, "javac") : null;

    public static string? Java { get; } = Bin is not null && File.Exists(Path.Combine(Bin, "java")) ? Path.Combine(Bin, "java") : null;

    private static string ResolveLink(string path) => new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
}
