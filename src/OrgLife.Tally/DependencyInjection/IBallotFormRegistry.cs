using OrgLife.Tally.Forms;

namespace OrgLife.Tally.DependencyInjection;

/// <summary>The ballot forms a host knows by name: the built-in ones and those of <see cref="TallyOptions.Forms"/>. Thread safe.</summary>
public interface IBallotFormRegistry
{
    /// <summary>Every name, in ordinal order.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>The form named <paramref name="name"/> (case-insensitive), or false.</summary>
    /// <param name="name">A form name such as <c>single</c>.</param>
    /// <param name="form">The form, when found.</param>
    bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BallotForm? form);
}
