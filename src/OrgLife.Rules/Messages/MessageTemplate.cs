using System.Text.RegularExpressions;

namespace OrgLife.Rules.Messages;

/// <summary>
/// One message of the catalogue in both languages. Placeholders are names in braces, for example
/// <c>{present}</c>; both texts must use the same set (a test checks every template).
/// </summary>
public sealed partial record MessageTemplate
{
    /// <summary>Creates a template.</summary>
    /// <param name="key">The message key, for example <c>OL201.Violated</c>.</param>
    /// <param name="english">The English text.</param>
    /// <param name="chinese">The Simplified Chinese text.</param>
    /// <exception cref="ArgumentException">A part is empty.</exception>
    public MessageTemplate(string key, string english, string chinese)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(english);
        ArgumentException.ThrowIfNullOrWhiteSpace(chinese);
        Key = key;
        English = english;
        Chinese = chinese;
    }

    /// <summary>The message key, for example <c>OL201.Violated</c>.</summary>
    public string Key { get; }

    /// <summary>The English text with its placeholders.</summary>
    public string English { get; }

    /// <summary>The Simplified Chinese text with its placeholders.</summary>
    public string Chinese { get; }

    /// <summary>The placeholder names a text uses, in order of first use.</summary>
    /// <param name="text">A template text.</param>
    public static IReadOnlyList<string> PlaceholdersOf(string text)
        => Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Fills the placeholders of <paramref name="text"/>; a placeholder without a value stays as it is.</summary>
    internal static string Fill(string text, IReadOnlyDictionary<string, string> arguments)
        => Fill(text, [.. arguments.Select(a => (a.Key, a.Value))]);

    /// <summary>
    /// Fills the placeholders of <paramref name="text"/> from name–value pairs (the first pair of a name wins); a placeholder
    /// without a value stays as it is. Pairs scanned by name, not a dictionary: a message has a handful of arguments.
    /// </summary>
    internal static string Fill(string text, ReadOnlySpan<(string Name, string Value)> arguments)
    {
        // A scan rather than Placeholder().Replace: every finding is rendered, and the regex costs more than the rule.
        var open = text.IndexOf('{');
        if (open < 0)
        {
            return text;
        }

        var filled = new System.Text.StringBuilder(text.Length + 32);
        var copied = 0;
        while (open >= 0)
        {
            var close = text.IndexOf('}', open + 1);
            if (close < 0)
            {
                break;
            }

            var name = text.AsSpan(open + 1, close - open - 1);
            if (IsPlaceholderName(name) && ValueOf(arguments, name) is { } value)
            {
                filled.Append(text, copied, open - copied).Append(value);
                copied = close + 1;
                open = text.IndexOf('{', copied);
            }
            else
            {
                open = text.IndexOf('{', open + 1);
            }
        }

        return filled.Append(text, copied, text.Length - copied).ToString();
    }

    private static string? ValueOf(ReadOnlySpan<(string Name, string Value)> arguments, ReadOnlySpan<char> name)
    {
        foreach (var (key, value) in arguments)
        {
            if (name.SequenceEqual(key))
            {
                return value;
            }
        }

        return null;
    }

    private static bool IsPlaceholderName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || !char.IsAsciiLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
