using System.Collections.Immutable;

namespace OrgLife.Tally.Merging;

/// <summary>
/// What the ballot-validity rules and unasked columns did to a tally: ballots voided per category and per rule,
/// sections voided per rule, and per category the counters to add to get the tally without the rules. Counts only.
/// </summary>
internal sealed class ValidityCounts
{
    internal ValidityCounts(ImmutableArray<long> ballotsByCategory, ImmutableArray<long> ballotsByRule, ImmutableArray<long> sectionsByRule, ImmutableArray<ImmutableArray<long>> restore)
    {
        BallotsByCategory = ballotsByCategory;
        BallotsByRule = ballotsByRule;
        SectionsByRule = sectionsByRule;
        Restore = restore;
    }

    internal ImmutableArray<long> BallotsByCategory { get; }

    internal ImmutableArray<long> BallotsByRule { get; }

    internal ImmutableArray<long> SectionsByRule { get; }

    internal ImmutableArray<ImmutableArray<long>> Restore { get; }

    internal static ValidityCounts Empty(int categories, int rules, int counters)
    {
        var zeros = ImmutableArray.Create(new long[counters]);
        return new(ImmutableArray.Create(new long[categories]), ImmutableArray.Create(new long[rules]), ImmutableArray.Create(new long[rules]), [.. Enumerable.Repeat(zeros, categories)]);
    }

    internal ValidityCounts Add(ValidityCounts other) => new(
        Sum(BallotsByCategory, other.BallotsByCategory),
        Sum(BallotsByRule, other.BallotsByRule),
        Sum(SectionsByRule, other.SectionsByRule),
        [.. Restore.Select((r, i) => Sum(r, other.Restore[i]))]);

    internal bool SameAs(ValidityCounts other) =>
        BallotsByCategory.SequenceEqual(other.BallotsByCategory) && BallotsByRule.SequenceEqual(other.BallotsByRule)
        && SectionsByRule.SequenceEqual(other.SectionsByRule) && Restore.Zip(other.Restore).All(p => p.First.SequenceEqual(p.Second));

    private static ImmutableArray<long> Sum(ImmutableArray<long> left, ImmutableArray<long> right)
    {
        var sum = new long[left.Length];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = checked(left[i] + right[i]);
        }

        return ImmutableArray.Create(sum);
    }
}
