using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using OrgLife.Cli.Output;
using OrgLife.Json;
using OrgLife.Json.Policies;
using OrgLife.Rules.Policies;

namespace OrgLife.Cli.Commands;

/// <summary>
/// The options several commands share (--culture, --format, --policy, --as-of, --progress), and the two shapes every
/// option of the tool takes: a value turned into its type by a parse function whose <see cref="UsageException"/> becomes
/// the parse error, and a flag.
/// </summary>
internal static class CommonOptions
{
    /// <summary>--culture: <c>zh-CN</c> (or any <c>zh</c>) for Simplified Chinese, <c>en</c> (default) for English.</summary>
    public static ToolOption<CultureInfo> Culture(Labels labels) => Parsed(
        "--culture",
        "zh-CN|en",
        labels.Pick("zh-CN for Simplified Chinese, en for English (default en); also the language of this help.", "zh-CN 为简体中文，en 为英文（默认 en）；也决定本帮助的语言。"),
        ParseCulture,
        () => English);

    /// <summary>--format: text (default) or json.</summary>
    public static ToolOption<OutputFormat> Format(Labels labels, string json) => Parsed(
        "--format",
        "text|json",
        labels.Pick($"text (default) or json ({json}).", $"text（默认）或 json（{json}）。"),
        text => text switch
        {
            "text" => OutputFormat.Text,
            "json" => OutputFormat.Json,
            var other => throw new UsageException($"--format '{other}' is not supported; use text or json."),
        },
        () => OutputFormat.Text);

    /// <summary>--policy: a preset name (default national) or a policy file (docs/policy-format.md).</summary>
    public static ToolOption<OrgLifePolicy> Policy(Labels labels) => Parsed(
        "--policy",
        "PRESET|FILE.json",
        labels.Pick(
            $"A policy preset: {PresetNames} (default national); or a policy file: a preset plus the knobs it changes (docs/policy-format.md).",
            $"政策预设：{PresetNames}（默认 national）；或政策文件：一个预设加上它改动的设置（docs/policy-format.md）。"),
        PolicyOf,
        () => PolicyPresets.National);

    /// <summary>The preset named <paramref name="name"/>, else the policy file at that path; a usage error naming the file's problem otherwise.</summary>
    public static OrgLifePolicy PolicyOf(string name)
    {
        if (PolicyPresets.TryGet(name, out var preset))
        {
            return preset;
        }

        if (!File.Exists(name))
        {
            throw new UsageException($"--policy '{name}' is not a preset; presets are {PresetNames}; nor is it a policy file that exists.{UsageErrors.DidYouMean(name, PolicyPresets.Names)}");
        }

        PolicyReadResult result;
        try
        {
            // The format's limit is checked on the file's length first, so a huge file is never read whole.
            result = new FileInfo(name).Length > PolicyJson.MaxDocumentBytes + 3
                ? PolicyReadResult.Failed(new RecordError("$", $"the document is larger than {PolicyJson.MaxDocumentBytes >> 20} MiB"))
                : PolicyJson.Read(File.ReadAllBytes(name));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read the policy file '{name}': {ex.Message}");
        }

        // A document too large has no position: named without the path "$", as the record files are.
        return result.Succeeded ? result.Policy
            : throw new UsageException($"{name}: {(result.Error is { Line: null, Path: "$" } whole ? whole.Message : result.Error.ToString())}");
    }

    /// <summary>--as-of: an ISO date, or null when not given (the caller then uses today in the branch's zone).</summary>
    public static ToolOption<LocalDate?> AsOf(Labels labels) => Parsed<LocalDate?>(
        "--as-of",
        "DATE",
        labels.Pick("The date, yyyy-MM-dd (default: today in the branch's time zone, Asia/Shanghai if none).", "日期，yyyy-MM-dd（默认：支部所在时区的今天，未写时区为 Asia/Shanghai）。"),
        text => LocalDatePattern.Iso.Parse(text) is { Success: true } result
            ? result.Value
            : throw new UsageException($"--as-of '{text}' is not a date; expected yyyy-MM-dd, for example 2027-01-10."),
        () => null);

    /// <summary>--progress auto (default: only when stderr is a terminal), always, or never.</summary>
    public static ToolOption<Choice> Progress(Labels labels, CommandContext context) => Parsed(
        "--progress",
        "auto|always|never",
        labels.Pick("A progress line on stderr for work longer than a second: auto (default, only on a terminal), always, never.", "超过一秒的工作在 stderr 显示进度行：auto（默认，仅在终端上）、always、never。"),
        text => text switch
        {
            "auto" => new Choice(context.ErrorIsTerminal),
            "always" => new Choice(true),
            "never" => new Choice(false),
            var other => throw new UsageException($"--progress '{other}' is not supported; use auto, always or never."),
        },
        () => new Choice(context.ErrorIsTerminal));

    /// <summary>The preset names, for usage text.</summary>
    public static string PresetNames => string.Join(", ", PolicyPresets.Names);

    /// <summary>The --culture value's meaning, or a usage error.</summary>
    public static CultureInfo ParseCulture(string text) => text switch
    {
        var zh when zh.StartsWith("zh", StringComparison.OrdinalIgnoreCase) => CultureInfo.GetCultureInfo("zh-CN"),
        var en when en.StartsWith("en", StringComparison.OrdinalIgnoreCase) => English,
        var other => throw new UsageException($"--culture '{other}' is not supported; use zh-CN or en."),
    };

    /// <summary>The tool's default culture, whatever the machine's.</summary>
    public static CultureInfo English => CultureInfo.GetCultureInfo("en");

    /// <summary>
    /// An option taking one value, turned into <typeparamref name="T"/> by <paramref name="parse"/> (its
    /// <see cref="UsageException"/> becomes the parse error); <paramref name="fallback"/> when not given.
    /// </summary>
    public static ToolOption<T> Parsed<T>(string name, string helpName, string description, Func<string, T> parse, Func<T> fallback) => new(name, fallback)
    {
        Arity = ArgumentArity.ExactlyOne,
        HelpName = helpName,
        Description = description,
        CustomParser = result =>
        {
            // Zero or several values are arity errors the parser reports itself (UsageErrors words them).
            if (result.Tokens is not [var token])
            {
                return fallback();
            }

            try
            {
                return parse(token.Value);
            }
            catch (UsageException ex)
            {
                result.AddError(ex.Message);
                return fallback();
            }
        },
    };

    /// <summary>An option that takes no value: given alone it means true; <c>--name=true</c> and <c>--name=false</c> are also accepted.</summary>
    public static ToolOption<bool> Flag(string name, string description) => new(name, () => false)
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrOne,
        CustomParser = result => result.Tokens switch
        {
            [] => true,
            [{ Value: "true" }] => true,
            [{ Value: "false" }] => false,
            [var other, ..] => Fail(result, $"{name} takes no value (or =true, =false), not '{other.Value}'."),
        },
    };

    private static bool Fail(ArgumentResult result, string message)
    {
        result.AddError(message);
        return false;
    }
}
