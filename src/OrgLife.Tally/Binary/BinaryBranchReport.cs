using System.Collections.Immutable;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>One branch of a binary file as the roll-up saw it: its tally and its report under the roll-up's rule.</summary>
/// <param name="BranchId">The branch (党支部) ID from the block.</param>
/// <param name="LevelPath">The branch's superiors from the top down, as the caller's level-path function gave them.</param>
/// <param name="Tally">The branch's assessment tally (mergeable).</param>
/// <param name="Report">The branch's report, suggested grades included.</param>
public sealed record BinaryBranchReport(long BranchId, ImmutableArray<string> LevelPath, AssessmentTally Tally, AssessmentReport Report);
