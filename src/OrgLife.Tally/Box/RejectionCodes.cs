using System.Collections.Immutable;

namespace OrgLife.Tally.Box;

/// <summary>Every <see cref="RejectionCode"/>, read once (Enum.GetValues allocates on every call).</summary>
internal static class RejectionCodes
{
    internal static readonly ImmutableArray<RejectionCode> All = [.. Enum.GetValues<RejectionCode>()];

    internal static int Count => All.Length;
}
