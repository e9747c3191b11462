using System.Collections.Immutable;

namespace OrgLife.Cli.Commands;

/// <summary>
/// The command line split into a command, positional arguments and <c>--name value</c> (or
/// <c>--name=value</c>) options, and flags (<see cref="FlagNames"/>: <c>--name</c> alone means true). Hand-written on
/// purpose: the tool has a handful of options, and a parser package is one more thing to restore on a vendor's build machine.
/// </summary>
/// <param name="Command">The first argument when it is not an option, else null.</param>
/// <param name="Positionals">The other arguments that are not options.</param>
/// <param name="Options">The options by name (without dashes); each at most once.</param>
/// <param name="HelpRequested">True when <c>--help</c> or <c>-h</c> was given.</param>
internal sealed record Arguments(string? Command, ImmutableArray<string> Positionals, ImmutableDictionary<string, string> Options, bool HelpRequested)
{
    /// <summary>The options that take no value: given alone they mean <c>true</c>; <c>--name=false</c> is also accepted.</summary>
    public static readonly ImmutableHashSet<string> FlagNames = ["serials", "branch-reports", "lines", "summary"];

    /// <summary>Splits <paramref name="args"/>; a repeated option or one without a value is a usage error.</summary>
    public static Arguments Parse(IReadOnlyList<string> args)
    {
        string? command = null;
        var positionals = ImmutableArray.CreateBuilder<string>();
        var options = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "-?")
            {
                help = true;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var equals = arg.IndexOf('=', StringComparison.Ordinal);
                var name = equals > 0 ? arg[2..equals] : arg[2..];
                var value = equals > 0 ? arg[(equals + 1)..]
                    : FlagNames.Contains(name) ? "true"
                    : i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i]
                    : throw new UsageException($"Option --{name} needs a value.");
                if (!options.TryAdd(name, value))
                {
                    throw new UsageException($"Option --{name} is given twice.");
                }
            }
            else if (arg.StartsWith('-') && arg.Length > 1)
            {
                throw new UsageException($"Unknown option '{arg}'. Options are written --name value.");
            }
            else if (command is null && positionals.Count == 0)
            {
                command = arg;
            }
            else
            {
                positionals.Add(arg);
            }
        }

        return new Arguments(command, positionals.ToImmutable(), options.ToImmutable(), help);
    }

    /// <summary>Rejects any option <paramref name="command"/> does not take.</summary>
    public void AllowOnly(string command, params string[] allowed)
    {
        foreach (var name in Options.Keys.Order(StringComparer.Ordinal))
        {
            if (!allowed.Contains(name))
            {
                var known = allowed.Length == 0 ? "it takes no options" : $"its options are {string.Join(", ", allowed.Select(a => "--" + a))}";
                throw new UsageException($"'{command}' does not take --{name}; {known}.");
            }
        }
    }

    /// <summary>The value of option <paramref name="name"/>, or null.</summary>
    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;

    /// <summary>Whether flag <paramref name="name"/> (one of <see cref="FlagNames"/>) is on: given alone or as <c>=true</c>.</summary>
    public bool Flag(string name) => Option(name) switch
    {
        null or "false" => false,
        "true" => true,
        var other => throw new UsageException($"--{name} takes no value (or =true, =false), not '{other}'."),
    };
}
