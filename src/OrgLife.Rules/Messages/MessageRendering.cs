using System.Collections.Immutable;

namespace OrgLife.Rules.Messages;

/// <summary>A message template with the typed arguments it was filled with, kept so the message renders again in another language.</summary>
/// <param name="Template">The template.</param>
/// <param name="Arguments">The arguments as the rule gave them (quantities, phrases and terms still typed).</param>
internal sealed record MessageRendering(MessageTemplate Template, ImmutableArray<(string Name, object Value)> Arguments)
{
    /// <summary>The message in <paramref name="language"/>.</summary>
    public string In(MessageLanguage language) => MessageRenderer.Render(Template, language, Arguments);

    /// <summary>The language of <see cref="Text"/>: the report's, for a finding's message rendered when first read.</summary>
    public MessageLanguage Language { get; init; }

    /// <summary>The message in <see cref="Language"/>.</summary>
    public string Text() => In(Language);
}
