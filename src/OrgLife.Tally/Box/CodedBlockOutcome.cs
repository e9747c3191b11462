using System.Collections.Immutable;

namespace OrgLife.Tally.Box;

/// <summary>What became of a block of pre-coded ballots.</summary>
/// <param name="Accepted">Rows accepted and counted.</param>
/// <param name="Rejections">Rows rejected, each with its reason (the row's serial names it).</param>
public sealed record CodedBlockOutcome(long Accepted, ImmutableArray<BallotRejection> Rejections)
{
    /// <summary>Rows voided whole by the form's validity rules (returned, not counted).</summary>
    public long Voided { get; init; }
}
