using System.Globalization;

namespace OrgLife.Rules.Messages;

/// <summary>The languages messages are written in, and how a culture picks one.</summary>
public enum MessageLanguage
{
    /// <summary>English.</summary>
    English = 0,

    /// <summary>Simplified Chinese.</summary>
    SimplifiedChinese = 1,
}

/// <summary>Chooses the message language for a culture passed in by the caller (never the thread's culture).</summary>
public static class MessageLanguages
{
    /// <summary>Simplified Chinese for any <c>zh</c> culture, English otherwise.</summary>
    /// <param name="culture">The caller's culture.</param>
    public static MessageLanguage For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "zh" ? MessageLanguage.SimplifiedChinese : MessageLanguage.English;
    }

    /// <summary>The text of <paramref name="template"/> in <paramref name="language"/>.</summary>
    /// <param name="template">The template.</param>
    /// <param name="language">The language.</param>
    public static string TextIn(this MessageTemplate template, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(template);
        return language == MessageLanguage.SimplifiedChinese ? template.Chinese : template.English;
    }
}
