namespace OrgLife.Rules.Messages;

/// <summary>A fixed phrase inside a message, in both languages (for example which of a rule's steps is missing). Its invariant text is the English.</summary>
/// <param name="English">The phrase in English.</param>
/// <param name="Chinese">The phrase in Chinese, in the sources' own terms.</param>
internal readonly record struct Phrase(string English, string Chinese)
{
    /// <summary>The phrase in <paramref name="language"/>.</summary>
    public string In(MessageLanguage language) => language == MessageLanguage.SimplifiedChinese ? Chinese : English;

    /// <summary>The English phrase.</summary>
    public override string ToString() => English;
}
