using System.Text.RegularExpressions;

namespace OrgLife.Tally.Messages;

/// <summary>One tally message in both languages; placeholders are names in braces and both texts use the same set (a test checks).</summary>
/// <param name="Key">The catalogue key.</param>
/// <param name="English">The English text.</param>
/// <param name="Chinese">The Simplified Chinese text.</param>
internal sealed partial record TallyMessageTemplate(string Key, string English, string Chinese)
{
    /// <summary>The placeholder names <paramref name="text"/> uses, in order of first use.</summary>
    public static IReadOnlyList<string> PlaceholdersOf(string text)
        => Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Fills the placeholders of <paramref name="text"/>; one without a value stays as written.</summary>
    public static string Fill(string text, Func<string, string?> valueOf)
        => Placeholder().Replace(text, m => valueOf(m.Groups[1].Value) ?? m.Value);

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
