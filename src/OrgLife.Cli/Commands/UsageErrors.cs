using System.CommandLine;
using System.CommandLine.Parsing;

namespace OrgLife.Cli.Commands;

/// <summary>
/// Words a command line that does not parse the way the tool always has (one message, naming the command and the
/// option), with a suggestion when a command or option looks mistyped. System.CommandLine finds the errors; its
/// typo corrections print to stdout with its own wording, so the suggestion is made here.
/// </summary>
internal static class UsageErrors
{
    /// <summary>The first thing wrong with <paramref name="parse"/>, which has errors.</summary>
    public static string Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        foreach (var error in parse.Errors)
        {
            if (OptionOf(error.SymbolResult) is { } option)
            {
                if (option.IdentifierTokenCount > 1)
                {
                    return $"Option {option.Option.Name} is given twice.";
                }

                if (option.Tokens.Count == 0 && option.Option.Arity.MinimumNumberOfValues > 0)
                {
                    return $"Option {option.Option.Name} needs a value.";
                }
            }
        }

        if (parse.UnmatchedTokens is [var token, ..])
        {
            return FlagGivenValue(parse, token) ?? Unmatched(command, token);
        }

        if (command is ToolCommand { FileUsage: { } usage } && parse.Errors.Any(e => e.SymbolResult is ArgumentResult { Parent: CommandResult }))
        {
            return usage;
        }

        return parse.Errors[0].Message;
    }

    /// <summary>Throws a usage error when one of <paramref name="notTaken"/> was given: the command as run takes only <paramref name="taken"/>.</summary>
    public static void RejectGiven(ParseResult parse, string label, IEnumerable<Option> notTaken, IEnumerable<Option> taken)
    {
        if (notTaken.FirstOrDefault(o => parse.GetResult(o) is OptionResult { Implicit: false }) is { } given)
        {
            throw new UsageException($"'{label}' does not take {given.Name}; its options are {string.Join(", ", taken.Select(o => o.Name))}.");
        }
    }

    /// <summary>An unknown command, with the closest real one when it looks mistyped.</summary>
    public static string UnknownCommand(Command root, string name) =>
        $"unknown command '{name}'.{DidYouMean(name, root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}";

    private static string Unmatched(Command command, string token)
    {
        if (token.StartsWith("--", StringComparison.Ordinal))
        {
            var name = token.Split('=', 2)[0];
            var options = command.Options.Where(o => !o.Hidden).Select(o => o.Name).ToList();
            return $"'{Label(command)}' does not take {name}; {(options.Count == 0 ? "it takes no options" : $"its options are {string.Join(", ", options)}")}.{DidYouMean(name, options)}";
        }

        if (token.StartsWith('-') && token.Length > 1)
        {
            return $"Unknown option '{token}'. Options are written --name value.";
        }

        return command switch
        {
            RootCommand => UnknownCommand(command, token),
            ToolCommand { FileUsage: { } usage } => usage,
            _ => $"'{command.Name}' takes no file; found '{token}'.",
        };
    }

    /// <summary>A flag written with a value (<c>--serials=maybe</c>): the parser leaves a value that is not true or false unmatched.</summary>
    private static string? FlagGivenValue(ParseResult parse, string token)
    {
        for (var i = 1; i < parse.Tokens.Count; i++)
        {
            if (parse.Tokens[i].Value == token && parse.Tokens[i - 1].Type == TokenType.Option
                && parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == parse.Tokens[i - 1].Value) is { } flag && flag.ValueType == typeof(bool))
            {
                return $"{flag.Name} takes no value (or =true, =false), not '{token}'.";
            }
        }

        return null;
    }

    private static string Label(Command command) => command is RootCommand ? ToolCommandLine.ToolName : command.Name;

    private static OptionResult? OptionOf(SymbolResult? result) => result switch
    {
        OptionResult option => option,
        ArgumentResult { Parent: OptionResult option } => option,
        _ => null,
    };

    /// <summary>" Did you mean 'x'?" for the closest candidate within two edits (or a prefix of three or more), else nothing.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Name: c, Distance: Distance(typed, c)))
            .Where(c => c.Distance <= 2 || (typed.Length >= 3 && c.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        return best.Name is null ? string.Empty : $" Did you mean '{best.Name}'?";
    }

    /// <summary>The Levenshtein distance, case-insensitive.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
