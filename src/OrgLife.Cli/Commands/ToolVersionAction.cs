using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace OrgLife.Cli.Commands;

/// <summary>
/// <c>--version</c>: the tool's own informational version. System.CommandLine's action reads the entry assembly's,
/// which is the test host's when the tool runs in-process.
/// </summary>
internal sealed class ToolVersionAction : SynchronousCommandLineAction
{
    /// <summary>The version, as the assembly states it.</summary>
    public static string Version { get; } =
        typeof(ToolVersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolVersionAction).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>Writes the version line.</summary>
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
