using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using OrgLife.Text;

namespace OrgLife.Rules.Messages;

/// <summary>Renders message templates with their arguments in one language: numbers and dates invariant, domain terms translated, control characters escaped.</summary>
internal static class MessageRenderer
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>The arguments as invariant text, for <see cref="Findings.Finding.Arguments"/>.</summary>
    public static ImmutableDictionary<string, string> Invariant(ImmutableArray<(string Name, object Value)> arguments)
        => arguments.ToImmutableDictionary(a => a.Name, a => Format(a.Value, language: null), StringComparer.Ordinal);

    /// <summary>The template filled in <paramref name="language"/>.</summary>
    public static string Render(MessageTemplate template, MessageLanguage language, ImmutableArray<(string Name, object Value)> arguments)
    {
        // A pair array scanned by name rather than a dictionary: a message has a handful of arguments.
        var values = new (string Name, string Value)[arguments.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (arguments[i].Name, Format(arguments[i].Value, language));
        }

        return MessageTemplate.Fill(template.TextIn(language), values);
    }

    // Text from the record (names, notes) is escaped: a message never carries a raw control character.
    private static string Format(object value, MessageLanguage? language) => PrintableText.Escape(value switch
    {
        LocalDate date => IsoDate.Format(date),
        Quantity quantity when language is { } lang => quantity.In(lang),
        Phrase phrase when language is { } lang => phrase.In(lang),
        Enum term when language is { } lang => Terms.Name(term, lang),
        Enum term => term.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    });
}
