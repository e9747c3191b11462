using System.Collections.Immutable;
using OrgLife.Ids;

namespace OrgLife.Tally.Merging;

/// <summary>One branch's tally with its place in the organization, as a superior receives it for a roll-up.</summary>
/// <param name="Branch">The branch.</param>
/// <param name="LevelPath">The branch's superiors from the top down, e.g. 省 / 市 / 县; may be empty.</param>
/// <param name="Tally">The branch's assessment tally.</param>
public sealed record BranchTally(BranchId Branch, ImmutableArray<string> LevelPath, AssessmentTally Tally);
