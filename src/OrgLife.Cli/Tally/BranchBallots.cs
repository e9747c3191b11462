using System.Collections.Immutable;
using OrgLife.Ids;

namespace OrgLife.Cli.Tally;

/// <summary>What the CSV shows of one branch before it is tallied: the candidates marked and the ballots returned.</summary>
/// <param name="Branch">The branch.</param>
/// <param name="Candidates">The member IDs marked on its ballots, in order of first appearance.</param>
/// <param name="Ballots">The ballots returned (runs of one serial, duplicates included).</param>
internal sealed record BranchBallots(BranchId Branch, ImmutableArray<MemberId> Candidates, long Ballots);
