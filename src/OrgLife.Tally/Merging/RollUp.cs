using System.Collections.Concurrent;
using System.Collections.Immutable;
using OrgLife.Grades;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Merging;

/// <summary>
/// 汇总 — a superior's roll-up of many branches' tallies: for every level of the organization (every prefix of
/// the branches' level paths, the empty path included), the distribution of suggested determinations and of
/// votes, and the branches over the Excellent cap. Built in parallel; roll-ups under the same rule merge in any
/// order and grouping with the same result (so a county's roll-up can be sent up and merged by the city).
/// Immutable and thread safe.
/// </summary>
public sealed partial class RollUp : IEquatable<RollUp>
{
    private const char PathSeparator = '\u001F';

    private readonly ImmutableSortedDictionary<string, RollUpNode> nodes;

    private RollUp(SuggestionRule rule, ImmutableSortedDictionary<string, RollUpNode> nodes, ImmutableArray<ExcellentCapBreach> breaches)
    {
        Rule = rule;
        this.nodes = nodes;
        OverExcellentCap = breaches;
    }

    /// <summary>The rule every branch's suggestions were made under.</summary>
    public SuggestionRule Rule { get; }

    /// <summary>Every level's node, ordered by path.</summary>
    public IEnumerable<RollUpNode> Nodes => nodes.Values;

    /// <summary>The whole roll-up (the empty path).</summary>
    public RollUpNode Total => Node([]) ?? EmptyNode([]);

    /// <summary>The most branches <see cref="OverExcellentCap"/> lists: memory stays bounded whatever the number of branches.</summary>
    public const int MaxBreachesListed = 10_000;

    /// <summary>
    /// The branches over the rule's Excellent cap (by default 3 × suggested excellent &gt; graded members), ordered by branch ID then path:
    /// the first <see cref="MaxBreachesListed"/> in that order (the same whatever the order of building or merging);
    /// <see cref="RollUpNode.BranchesOverExcellentCap"/> counts them all.
    /// </summary>
    public ImmutableArray<ExcellentCapBreach> OverExcellentCap { get; }

    /// <summary>The empty roll-up: the identity of <see cref="Merge"/>.</summary>
    /// <param name="rule">The suggestion rule.</param>
    public static RollUp Empty(SuggestionRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(rule, ImmutableSortedDictionary.Create<string, RollUpNode>(StringComparer.Ordinal), []);
    }

    /// <summary>
    /// Rolls up branch tallies in parallel (partitioned: each worker rolls up its share, then the shares merge).
    /// Each branch's suggested grades follow <paramref name="rule"/>.
    /// </summary>
    /// <param name="branches">The branch tallies; each branch once (merge its partials first).</param>
    /// <param name="rule">The suggestion rule.</param>
    /// <param name="maxDegreeOfParallelism">Workers to use; −1 (default) for as many as the machine offers.</param>
    public static RollUp Build(IEnumerable<BranchTally> branches, SuggestionRule rule, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(branches);
        ArgumentNullException.ThrowIfNull(rule);
        var shares = new ConcurrentBag<RollUpBuilder>();
        Parallel.ForEach(
            branches,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () => new RollUpBuilder(),
            (branch, _, builder) =>
            {
                builder.Add(Summarize(branch, rule));
                return builder;
            },
            shares.Add);
        var total = new RollUpBuilder();
        foreach (var share in shares)
        {
            total.Add(share);
        }

        return total.ToRollUp(rule);
    }

    /// <summary>The node of a level path, or null when no branch lies under it.</summary>
    /// <param name="path">The level path from the top; empty for the root.</param>
    public RollUpNode? Node(IReadOnlyList<string> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return nodes.TryGetValue(Key(path), out var node) ? node : null;
    }

    /// <summary>The branches over the Excellent cap under a level path, among those listed in <see cref="OverExcellentCap"/>.</summary>
    /// <param name="path">The level path from the top; empty for all.</param>
    public IEnumerable<ExcellentCapBreach> OverExcellentCapUnder(IReadOnlyList<string> path) => OverExcellentCap.Where(b => b.IsUnder(path));

    /// <summary>Merges two roll-ups made under the same rule (disjoint sets of branches).</summary>
    /// <param name="other">The other roll-up.</param>
    /// <exception cref="ArgumentException">The rules differ.</exception>
    public RollUp Merge(RollUp other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!Rule.Equals(other.Rule))
        {
            throw new ArgumentException("Cannot merge roll-ups made under different suggestion rules.", nameof(other));
        }

        var builder = new RollUpBuilder();
        builder.Add(this);
        builder.Add(other);
        return builder.ToRollUp(Rule);
    }

    /// <inheritdoc />
    public bool Equals(RollUp? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Rule.Equals(other.Rule) && nodes.Count == other.nodes.Count
                && nodes.All(pair => other.nodes.TryGetValue(pair.Key, out var node) && pair.Value.SameAs(node))
                && OverExcellentCap.Length == other.OverExcellentCap.Length
                && OverExcellentCap.Zip(other.OverExcellentCap).All(pair => pair.First.Branch == pair.Second.Branch
                    && pair.First.LevelPath.SequenceEqual(pair.Second.LevelPath) && pair.First.SuggestedExcellent == pair.Second.SuggestedExcellent
                    && pair.First.GradedMembers == pair.Second.GradedMembers)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RollUp);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(nodes.Count, OverExcellentCap.Length, Total.Branches);

    /// <summary>The dictionary key of a level path.</summary>
    internal static string Key(IEnumerable<string> path) => string.Join(PathSeparator, path);

    private static RollUpNode EmptyNode(ImmutableArray<string> path) => new(path, 0, 0, 0, GradeDistribution.Zero, GradeDistribution.Zero, 0, 0, 0);

    /// <summary>One branch as a leaf node plus its breach, if any.</summary>
    private static (RollUpNode Leaf, ExcellentCapBreach? Breach, ImmutableArray<string> Path) Summarize(BranchTally branch, SuggestionRule rule)
    {
        ArgumentNullException.ThrowIfNull(branch);
        var tally = branch.Tally;
        var path = branch.LevelPath.IsDefault ? [] : branch.LevelPath;
        var form = tally.Form;

        // Per grade (index: the Grade value, 0 for none), added up here and made into distributions once per branch.
        Span<long> suggestedCounts = stackalloc long[5];
        Span<long> voteCounts = stackalloc long[5];
        long blanks = 0, voids = 0;
        var graded = tally.Candidates.Graded.Length;
        for (var candidate = 0; candidate < graded; candidate++)
        {
            if (form.OverallCriterion is not { } overall)
            {
                suggestedCounts[0]++;
                continue;
            }

            var column = tally.Layout.CandidateColumn(candidate, form.OverallCriterionIndex);
            suggestedCounts[(int?)ReportBuilder.Suggest(tally, column, rule) ?? 0]++;
            var (levels, blank, voidMarks) = ReportBuilder.CombinedCounts(tally, column);
            blanks += blank;
            voids += voidMarks;
            for (var level = 1; level <= levels.Length; level++)
            {
                if (overall.Scale.IsNonOpinion(level))
                {
                    continue;
                }

                voteCounts[(int)GradeSuggester.GradeOf(overall.Scale, level, rule)] += levels[level - 1];
            }
        }

        var suggested = Distribution(suggestedCounts);
        var votes = Distribution(voteCounts);
        var over = rule.ExcellentCap.IsExceededBy(suggested.Excellent, graded);
        // A void assessment's marks are in no total (OL401, Revision 2): they are reported apart.
        var leaf = tally.IsVoid
            ? new RollUpNode(path, 1, 1, graded, suggested, GradeDistribution.Zero, 0, 0, over ? 1 : 0) { VoidAssessmentVotes = votes, VoidAssessmentAbstentions = blanks, VoidAssessmentVoidMarks = voids }
            : new RollUpNode(path, 1, 0, graded, suggested, votes, blanks, voids, over ? 1 : 0);
        return (leaf, over ? new ExcellentCapBreach(branch.Branch, path, suggested.Excellent, graded) : null, path);
    }

    private static GradeDistribution Distribution(ReadOnlySpan<long> byGrade) =>
        new(byGrade[(int)Grade.Excellent], byGrade[(int)Grade.Qualified], byGrade[(int)Grade.BasicallyQualified], byGrade[(int)Grade.Unqualified], byGrade[0]);

    /// <summary>The mutable accumulator behind <see cref="Build"/> and <see cref="Merge"/> (and the binary file roll-up); one per worker.</summary>
    internal sealed class RollUpBuilder
    {
        private readonly Dictionary<string, RollUpNode> nodes = new(StringComparer.Ordinal);
        private readonly List<ExcellentCapBreach> breaches = [];

        internal void Add(BranchTally branch, SuggestionRule rule) => Add(Summarize(branch, rule));

        internal void Add((RollUpNode Leaf, ExcellentCapBreach? Breach, ImmutableArray<string> Path) branch)
        {
            // The branch counts at every prefix of its path, the root included.
            for (var depth = 0; depth <= branch.Path.Length; depth++)
            {
                var prefix = branch.Path[..depth];
                AddNode(Key(prefix), branch.Leaf with { Path = prefix });
            }

            if (branch.Breach is not null)
            {
                breaches.Add(branch.Breach);
                Trim();
            }
        }

        /// <summary>Lists one branch over the Excellent cap (its node is added apart).</summary>
        internal void AddBreach(ExcellentCapBreach breach)
        {
            breaches.Add(breach);
            Trim();
        }

        internal void Add(RollUpBuilder other)
        {
            foreach (var (key, node) in other.nodes)
            {
                AddNode(key, node);
            }

            breaches.AddRange(other.breaches);
            Trim();
        }

        internal void Add(RollUp rollUp)
        {
            foreach (var (key, node) in rollUp.nodes)
            {
                AddNode(key, node);
            }

            breaches.AddRange(rollUp.OverExcellentCap);
            Trim();
        }

        internal RollUp ToRollUp(SuggestionRule rule) =>
            new(rule, nodes.ToImmutableSortedDictionary(StringComparer.Ordinal), [.. Ordered(breaches).Take(MaxBreachesListed)]);

        private static IOrderedEnumerable<ExcellentCapBreach> Ordered(IEnumerable<ExcellentCapBreach> list) => list
            .OrderBy(b => b.Branch.Value, StringComparer.Ordinal)
            .ThenBy(b => Key(b.LevelPath), StringComparer.Ordinal)
            .ThenBy(b => b.SuggestedExcellent)
            .ThenBy(b => b.GradedMembers);

        // Keeps the first MaxBreachesListed in list order once twice as many have come: the same list whatever the order of adding.
        private void Trim()
        {
            if (breaches.Count > 2 * MaxBreachesListed)
            {
                var kept = Ordered(breaches).Take(MaxBreachesListed).ToList();
                breaches.Clear();
                breaches.AddRange(kept);
            }
        }

        private void AddNode(string key, RollUpNode node) =>
            nodes[key] = nodes.TryGetValue(key, out var existing) ? existing.Plus(node) : node;
    }
}
