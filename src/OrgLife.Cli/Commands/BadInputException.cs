namespace OrgLife.Cli.Commands;

/// <summary>An input file cannot be used (missing, empty, malformed); the message names it and says why, exit code 2.</summary>
internal sealed class BadInputException(string message) : Exception(message);
