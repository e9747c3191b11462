using System.Globalization;
using NodaTime;
using NodaTime.Text;
using OrgLife.Rules.Policies;

namespace OrgLife.Cli.Commands;

/// <summary>Reads the options several commands share: --culture, --format, --policy, --as-of, --progress.</summary>
internal static class CommonOptions
{
    /// <summary>--culture: <c>zh-CN</c> (or any <c>zh</c>) for Simplified Chinese, <c>en</c> (default) for English.</summary>
    public static CultureInfo Culture(Arguments arguments) => arguments.Option("culture") switch
    {
        null => CultureInfo.GetCultureInfo("en"),
        var zh when zh.StartsWith("zh", StringComparison.OrdinalIgnoreCase) => CultureInfo.GetCultureInfo("zh-CN"),
        var en when en.StartsWith("en", StringComparison.OrdinalIgnoreCase) => CultureInfo.GetCultureInfo("en"),
        var other => throw new UsageException($"--culture '{other}' is not supported; use zh-CN or en."),
    };

    /// <summary>--format: text (default) or json.</summary>
    public static OutputFormat Format(Arguments arguments) => arguments.Option("format") switch
    {
        null or "text" => OutputFormat.Text,
        "json" => OutputFormat.Json,
        var other => throw new UsageException($"--format '{other}' is not supported; use text or json."),
    };

    /// <summary>--policy: a preset name (default national).</summary>
    public static OrgLifePolicy Policy(Arguments arguments)
    {
        var name = arguments.Option("policy") ?? PolicyPresets.National.Name;
        try
        {
            return PolicyPresets.ByName(name);
        }
        catch (ArgumentException)
        {
            throw new UsageException($"--policy '{name}' is not a preset; presets are {PresetNames}.");
        }
    }

    /// <summary>--as-of: an ISO date, or null when not given (the caller then uses today in the branch's zone).</summary>
    public static LocalDate? AsOf(Arguments arguments)
    {
        if (arguments.Option("as-of") is not { } text)
        {
            return null;
        }

        return LocalDatePattern.Iso.Parse(text) is { Success: true } result
            ? result.Value
            : throw new UsageException($"--as-of '{text}' is not a date; expected yyyy-MM-dd, for example 2027-01-10.");
    }

    /// <summary>--progress auto (default: only when stderr is a terminal), always, or never.</summary>
    public static bool Progress(Arguments arguments, CommandContext context) => arguments.Option("progress") switch
    {
        null or "auto" => context.ErrorIsTerminal,
        "always" => true,
        "never" => false,
        var other => throw new UsageException($"--progress '{other}' is not supported; use auto, always or never."),
    };

    /// <summary>The preset names, for usage text.</summary>
    public static string PresetNames => string.Join(", ", PolicyPresets.All.Select(p => p.Name));
}
