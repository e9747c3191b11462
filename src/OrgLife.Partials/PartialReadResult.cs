using System.Collections.Immutable;

namespace OrgLife.Partials;

/// <summary>What a reader of partials found: the partials it could build and, for the rest, why not.</summary>
/// <param name="Partials">The partials read, ordered by assessment then branch.</param>
/// <param name="Errors">One message per partial (or file) that could not be read, naming the assessment and branch.</param>
public sealed record PartialReadResult(ImmutableArray<PartialTally> Partials, ImmutableArray<string> Errors)
{
    /// <summary>A result holding one error and no partial.</summary>
    /// <param name="error">The error.</param>
    public static PartialReadResult Failed(string error) => new([], [error]);
}
