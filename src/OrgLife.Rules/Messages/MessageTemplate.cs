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
        => Placeholder().Replace(text, m => arguments.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
