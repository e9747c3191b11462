namespace OrgLife.Cli.Commands;

/// <summary>
/// A yes/no setting read from a word (--progress always, --probationary-ballots no). Not a <c>bool</c> option:
/// System.CommandLine treats one as a flag and takes its value only when the next word reads true or false.
/// </summary>
/// <param name="On">The setting.</param>
internal readonly record struct Choice(bool On);
