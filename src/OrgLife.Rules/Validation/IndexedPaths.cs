namespace OrgLife.Rules.Validation;

/// <summary>
/// The indexed record paths <c>parent[i]</c> of one list. Findings about members and determinations name such paths, one
/// per finding of every record, so the first <see cref="Cached"/> are formatted once and shared (strings are immutable;
/// a race formats one twice, to the same text). Beyond those, each is formatted as <see cref="RecordPaths.At"/> does.
/// </summary>
internal sealed class IndexedPaths(string parent)
{
    /// <summary>How many leading indices are kept: a branch has about 22 members, at most about 50.</summary>
    public const int Cached = 64;

    private readonly string?[] paths = new string?[Cached];

    /// <summary>The path <c>parent[index]</c>.</summary>
    public string At(int index) => (uint)index < Cached ? paths[index] ??= RecordPaths.At(parent, index) : RecordPaths.At(parent, index);
}
