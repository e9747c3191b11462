using System.CommandLine;
using System.CommandLine.Help;
using OrgLife.Cli.Output;

namespace OrgLife.Cli.Commands;

/// <summary>
/// The <c>orglife</c> command tree on System.CommandLine: every command with its file argument and options, help per
/// command (<see cref="ToolHelpAction"/>: the root's adds every command line and the exit codes), <c>--version</c>, and <c>help
/// [COMMAND]</c>. Descriptions are in the language of <c>--culture</c>.
/// </summary>
internal static class ToolCommandLine
{
    /// <summary>The tool's name in help and messages.</summary>
    public const string ToolName = "orglife";

    /// <summary>The line after every usage error.</summary>
    public const string HelpHint = "Run 'orglife --help' for the commands and options, 'orglife COMMAND --help' for a command's.";

    /// <summary>The root command, its actions writing to <paramref name="context"/>, its text in <paramref name="labels"/>' language.</summary>
    public static RootCommand Create(CommandContext context, Labels labels)
    {
        var root = new RootCommand(labels.Pick(
            "orglife — validates party branches' organizational-life meetings and democratic evaluations, and tallies their ballots (OrgLife).",
            "orglife — 校验党支部的组织生活会和民主评议党员，并统计民主测评票（OrgLife）。"))
        {
            HelpName = ToolName,
        };
        root.Add(CommonOptions.Culture(labels));
        foreach (var command in (Command[])[
            ValidateCommand.Create(context, labels),
            TallyCommand.Create(context, labels),
            StoreCommand.Create(context, labels),
            RollUpCommand.Create(context, labels),
            GenerateCommand.Create(context, labels),
            ScheduleCommand.Create(context, labels),
            RulesCommand.Create(context, labels),
            DemoCommand.Create(context, labels)])
        {
            root.Add(command);
        }

        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new ToolHelpAction((HelpAction)help.Action!, root, labels);
        root.Options.OfType<VersionOption>().Single().Action = new ToolVersionAction();
        root.Add(HelpCommand(root, labels));
        root.SetAction(parse =>
        {
            // A bare 'orglife' is a mistake, not a request: help goes to stderr and the exit code says so.
            context.Fail("no command given.");
            context.Error.WriteLine();
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = context.Error, Error = context.Error });
            context.Error.WriteLine(HelpHint);
            return ExitCodes.BadInput;
        });
        return root;
    }

    /// <summary><c>orglife help [COMMAND]</c>: the same help as <c>--help</c>, for those who type it as a command.</summary>
    private static ToolCommand HelpCommand(RootCommand root, Labels labels)
    {
        var name = new Argument<string>("COMMAND")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = labels.Pick("The command to explain (default: all of them).", "要说明的命令（默认：全部）。"),
        };
        var command = new ToolCommand("help", labels.Pick("Print this help, or a command's.", "打印本帮助，或某个命令的帮助。"), fileUsage: null) { name };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(name);
            if (wanted is not null && !root.Subcommands.Any(c => c.Name == wanted))
            {
                throw new UsageException(UsageErrors.UnknownCommand(root, wanted));
            }

            return root.Parse(wanted is null ? ["--help"] : [wanted, "--help"]).Invoke(parse.InvocationConfiguration);
        });
        return command;
    }
}
