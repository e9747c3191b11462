using System.Collections.Immutable;
using OrgLife.Ids;

namespace OrgLife.Tally.Formats;

/// <summary>
/// What the CSV long format shows of one run of a branch's rows before it is tallied: the candidates marked and the
/// ballots returned — enough to open the branch's <see cref="Box.BallotBox"/> when no roster gives them.
/// </summary>
/// <param name="Branch">The branch.</param>
/// <param name="Candidates">The member IDs on the branch's rows, in order of first appearance (the committee section's empty candidate, and text that is not a valid ID, left out).</param>
/// <param name="Ballots">The ballots returned: runs of one serial, duplicates and ballots the box will reject included.</param>
public sealed record BranchCensus(BranchId Branch, ImmutableArray<MemberId> Candidates, long Ballots);
