using System.CommandLine;

namespace OrgLife.Cli.Commands;

/// <summary>A command of the tool, knowing how to say what files it takes when they are missing or too many.</summary>
/// <param name="name">The command's name.</param>
/// <param name="description">What it does, for help.</param>
/// <param name="fileUsage">The usage error for a wrong number of files, or null when the command takes no file.</param>
internal sealed class ToolCommand(string name, string description, string? fileUsage) : Command(name, description)
{
    /// <summary>The usage error for a wrong number of files (null: the command takes none).</summary>
    public string? FileUsage { get; } = fileUsage;
}
