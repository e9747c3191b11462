using System.Collections.Immutable;
using OrgLife.Findings;

namespace OrgLife.Rules.Messages;

/// <summary>A message template with the typed arguments it was filled with, kept so the message renders again in another language.</summary>
/// <param name="Template">The template.</param>
/// <param name="Arguments">The arguments as the rule gave them (quantities, phrases and terms still typed).</param>
internal sealed record MessageRendering(MessageTemplate Template, ImmutableArray<(string Name, object Value)> Arguments) : IFindingText
{
    /// <summary>The message in <paramref name="language"/>.</summary>
    public string In(MessageLanguage language) => MessageRenderer.Render(Template, language, Arguments);

    /// <summary>The language of <see cref="Text"/>: the report's, for a finding's message rendered when first read.</summary>
    public MessageLanguage Language { get; init; }

    /// <summary>The message in <see cref="Language"/>.</summary>
    public string Text() => In(Language);

    /// <summary>The arguments formatted culture-invariantly, as <see cref="Finding.Arguments"/> holds them.</summary>
    public ImmutableDictionary<string, string> RenderArguments() => MessageRenderer.Invariant(Arguments);

    /// <summary>The message in <see cref="Language"/>, for a finding that holds this rendering as its text.</summary>
    public string RenderMessage() => Text();
}
