using System.Collections.Immutable;
using OrgLife.Tally.Reports;

namespace OrgLife.Partials;

/// <summary>
/// 汇总 — the totals of every branch under one organization (one prefix of the organization path) for one
/// assessment: what a SUM … GROUP BY over partial-tally rows gives (docs/partial-tally-format.md). A void
/// assessment's counts are in no total: they are reported apart in <see cref="Void"/> (OL401, Revision 2). The
/// library's own computation (<see cref="Of"/>) and the SQL roll-ups of the stores and of DuckDB over Parquet give
/// equal values.
/// </summary>
/// <param name="Path">The organization path of the group, from the top; shorter than the depth asked for when its branches' paths are.</param>
/// <param name="Branches">Branches in the group.</param>
/// <param name="VoidAssessments">Of those, assessments void under OL401 (more ballots returned than issued).</param>
/// <param name="Counted">The counts of the assessments that are not void: the totals.</param>
/// <param name="Void">The counts of the void assessments, reported apart.</param>
public sealed record LevelTotals(ImmutableArray<string> Path, long Branches, long VoidAssessments, LevelCounts Counted, LevelCounts Void)
{
    /// <summary>The library's own roll-up of partials of one assessment by the first <paramref name="depth"/> organization levels (the reference of the SQL roll-ups).</summary>
    /// <param name="partials">The partials, one per branch.</param>
    /// <param name="depth">0 for one total, 1 for per province, 2 per city, … up to <see cref="PartialFormat.OrganizationLevels"/>.</param>
    /// <returns>One entry per group, ordered by path (ordinal).</returns>
    public static ImmutableArray<LevelTotals> Of(IEnumerable<PartialTally> partials, int depth)
    {
        ArgumentNullException.ThrowIfNull(partials);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, PartialFormat.OrganizationLevels);
        var groups = new SortedDictionary<string, LevelTotals>(StringComparer.Ordinal);
        foreach (var partial in partials)
        {
            var path = partial.OrganizationPath[..Math.Min(depth, partial.OrganizationPath.Length)];
            var key = PathKey(path);
            var branch = OfOne(partial, path);
            groups[key] = groups.TryGetValue(key, out var existing) ? existing.Plus(branch) : branch;
        }

        return [.. groups.Values];
    }

    /// <summary>The ordinal sort key of a path (levels joined by U+001F).</summary>
    /// <param name="path">The path.</param>
    public static string PathKey(IEnumerable<string> path) => string.Join('\u001F', path);

    /// <inheritdoc />
    public bool Equals(LevelTotals? other) =>
        other is not null && Path.SequenceEqual(other.Path) && Branches == other.Branches && VoidAssessments == other.VoidAssessments
        && Counted.Equals(other.Counted) && Void.Equals(other.Void);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PathKey(Path), Branches, VoidAssessments, Counted);

    /// <summary>Adds the totals of another, disjoint set of branches of the same path.</summary>
    /// <param name="other">The other totals.</param>
    public LevelTotals Plus(LevelTotals other) =>
        other is null ? throw new ArgumentNullException(nameof(other)) : new(Path, checked(Branches + other.Branches), checked(VoidAssessments + other.VoidAssessments), Counted.Plus(other.Counted), Void.Plus(other.Void));

    /// <summary>Prints the path's levels, not the array's type.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"Path = [{string.Join(" / ", Path)}], Branches = {Branches}, VoidAssessments = {VoidAssessments}, Counted = {Counted}, Void = {Void}");
        return true;
    }

    private static LevelTotals OfOne(PartialTally partial, ImmutableArray<string> path)
    {
        var tally = partial.Tally;
        var overall = tally.Form.OverallCriterionIndex;
        var marks = new List<long>();
        long blanks = 0, voids = 0;
        if (overall >= 0)
        {
            foreach (var candidate in tally.ToReport(SuggestionRule.Default).Candidates)
            {
                var counts = candidate.Criteria[overall].Combined;
                blanks += counts.Abstentions;
                voids += counts.VoidMarks;
                for (var level = 0; level < counts.LevelCounts.Length; level++)
                {
                    while (marks.Count <= level)
                    {
                        marks.Add(0);
                    }

                    marks[level] = checked(marks[level] + counts.LevelCounts[level]);
                }
            }
        }

        var counted = new LevelCounts(
            tally.Issued, tally.Accepted, tally.Rejected, tally.Candidates.Graded.Length,
            LevelCounts.Trim(marks), blanks, voids, tally.IgnoredProbationaryMarks.Sum(), tally.UnattributableVoidMarks, tally.VoidedBallots);
        return tally.IsVoid
            ? new LevelTotals(path, 1, 1, LevelCounts.Zero, counted)
            : new LevelTotals(path, 1, 0, counted, LevelCounts.Zero);
    }
}
