using System.Collections.Immutable;
using OrgLife.Ids;

namespace OrgLife.Tally.Merging;

/// <summary>A branch whose suggested 优秀 exceed the rule's Excellent cap over its graded full members (by default 3 × excellent &gt; graded; OL303).</summary>
/// <param name="Branch">The branch.</param>
/// <param name="LevelPath">Its superiors from the top down.</param>
/// <param name="SuggestedExcellent">Members suggested 优秀.</param>
/// <param name="GradedMembers">Full members graded.</param>
public sealed record ExcellentCapBreach(BranchId Branch, ImmutableArray<string> LevelPath, long SuggestedExcellent, long GradedMembers)
{
    /// <summary>True when this breach's branch lies under <paramref name="path"/> (a prefix of its level path).</summary>
    /// <param name="path">A level path from the top.</param>
    public bool IsUnder(IReadOnlyList<string> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Count <= LevelPath.Length && path.Select((level, i) => level == LevelPath[i]).All(same => same);
    }
}
