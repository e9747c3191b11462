using NodaTime;
using NodaTime.Testing;

namespace OrgLife.Cli.Tests.Support;

/// <summary>Runs the tool in-process with captured stdout and stderr and a fixed clock.</summary>
internal static class Tool
{
    /// <summary>2026-12-31T17:00Z: already 2027-01-01 in Asia/Shanghai, still 2026 in UTC.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 12, 31, 17, 0);

    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr, new FakeClock(Now));
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>What one run printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>True when nothing looks like a .NET stack trace.</summary>
    public bool HasNoStackTrace => !Stdout.Contains("   at ", StringComparison.Ordinal) && !Stderr.Contains("   at ", StringComparison.Ordinal)
        && !Stderr.Contains("Exception", StringComparison.Ordinal);
}
