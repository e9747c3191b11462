using System.Collections.Immutable;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// The totals of a counted file or synthetic round (全国汇总): branches, ballots, marks and, per criterion position,
/// the marks of each level summed over every candidate of every branch. Immutable.
/// </summary>
/// <param name="BranchCount">Blocks (branch assessments) counted.</param>
/// <param name="BallotCount">Ballots counted.</param>
/// <param name="MarkCount">Marks counted.</param>
/// <param name="CriterionTotals">
/// Per criterion position (0 = a candidate's first column), the totals blank, levels 1…L, void, where L is the most
/// levels that criterion had in any block. Blocks of different forms add up by position.
/// </param>
/// <param name="SkippedBlocks">The corrupt blocks skipped, listed up to the reader's limit.</param>
/// <param name="SkippedBlockCount">All corrupt blocks skipped.</param>
public sealed record NationalTally(long BranchCount, long BallotCount, long MarkCount, ImmutableArray<ImmutableArray<long>> CriterionTotals, ImmutableArray<SkippedBlock> SkippedBlocks, long SkippedBlockCount);
