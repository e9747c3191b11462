using System.Collections.Immutable;

namespace OrgLife.Findings;

/// <summary>
/// A finding's arguments and message held as data (a template and its typed values) and rendered when first read, so a
/// finding nobody reads costs no formatting and no closure per finding (see <see cref="Finding"/>'s constructor taking
/// one). Implementations must be pure and thread safe: when threads race, a method may run more than once, and every
/// run must give the same value.
/// </summary>
public interface IFindingText
{
    /// <summary>Renders the named values filled into the message template, as invariant text.</summary>
    /// <returns>The arguments by name.</returns>
    ImmutableDictionary<string, string> RenderArguments();

    /// <summary>Renders the message in the culture the caller asked for; the text must not be empty.</summary>
    /// <returns>The message.</returns>
    string RenderMessage();
}
