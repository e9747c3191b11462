namespace OrgLife.Cli.Commands;

/// <summary>The command line cannot be carried out as given; the message says why, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
