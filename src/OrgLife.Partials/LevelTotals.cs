using System.Collections.Immutable;
using OrgLife.Tally.Reports;

namespace OrgLife.Partials;

/// <summary>
/// 汇总 — the totals of every branch under one organization (one prefix of the organization path) for one
/// assessment: what a SUM … GROUP BY over partial-tally rows gives (docs/partial-tally-format.md). The library's
/// own computation (<see cref="Of"/>) and the SQL roll-ups of the stores and of DuckDB over Parquet give equal values.
/// </summary>
/// <param name="Path">The organization path of the group, from the top; shorter than the depth asked for when its branches' paths are.</param>
/// <param name="Branches">Branches in the group.</param>
/// <param name="VoidAssessments">Of those, assessments void under OL401 (more ballots returned than issued).</param>
/// <param name="Issued">Ballots issued.</param>
/// <param name="Accepted">Ballots accepted (valid).</param>
/// <param name="Rejected">Ballots rejected whole (OL402 and the other reasons).</param>
/// <param name="GradedMembers">Full members graded.</param>
/// <param name="OverallMarks">Valid marks of the overall criterion per level (index 0 = level 1, the best), trailing zero levels left out.</param>
/// <param name="OverallAbstentions">Blank overall marks.</param>
/// <param name="OverallVoidMarks">Void overall marks (OL403).</param>
/// <param name="IgnoredProbationaryMarks">Marks ignored for probationary members (OL404).</param>
/// <param name="UnattributableVoidMarks">Void marks for no column (OL403).</param>
public sealed record LevelTotals(
    ImmutableArray<string> Path,
    long Branches,
    long VoidAssessments,
    long Issued,
    long Accepted,
    long Rejected,
    long GradedMembers,
    ImmutableArray<long> OverallMarks,
    long OverallAbstentions,
    long OverallVoidMarks,
    long IgnoredProbationaryMarks,
    long UnattributableVoidMarks)
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
        && Issued == other.Issued && Accepted == other.Accepted && Rejected == other.Rejected && GradedMembers == other.GradedMembers
        && OverallMarks.SequenceEqual(other.OverallMarks) && OverallAbstentions == other.OverallAbstentions
        && OverallVoidMarks == other.OverallVoidMarks && IgnoredProbationaryMarks == other.IgnoredProbationaryMarks
        && UnattributableVoidMarks == other.UnattributableVoidMarks;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PathKey(Path), Branches, Issued, Accepted, GradedMembers);

    /// <summary>Trims trailing zero levels, so that equal totals have equal arrays.</summary>
    /// <param name="byLevel">Marks per level, index 0 = level 1.</param>
    public static ImmutableArray<long> Trim(IReadOnlyList<long> byLevel)
    {
        ArgumentNullException.ThrowIfNull(byLevel);
        var length = byLevel.Count;
        while (length > 0 && byLevel[length - 1] == 0)
        {
            length--;
        }

        return [.. byLevel.Take(length)];
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

        return new LevelTotals(
            path, 1, tally.IsVoid ? 1 : 0, tally.Issued, tally.Accepted, tally.Rejected, tally.Candidates.Graded.Length,
            Trim(marks), blanks, voids, tally.IgnoredProbationaryMarks.Sum(), tally.UnattributableVoidMarks);
    }

    private LevelTotals Plus(LevelTotals other)
    {
        var marks = new long[Math.Max(OverallMarks.Length, other.OverallMarks.Length)];
        for (var i = 0; i < marks.Length; i++)
        {
            marks[i] = checked((i < OverallMarks.Length ? OverallMarks[i] : 0) + (i < other.OverallMarks.Length ? other.OverallMarks[i] : 0));
        }

        return new LevelTotals(
            Path,
            checked(Branches + other.Branches),
            checked(VoidAssessments + other.VoidAssessments),
            checked(Issued + other.Issued),
            checked(Accepted + other.Accepted),
            checked(Rejected + other.Rejected),
            checked(GradedMembers + other.GradedMembers),
            Trim(marks),
            checked(OverallAbstentions + other.OverallAbstentions),
            checked(OverallVoidMarks + other.OverallVoidMarks),
            checked(IgnoredProbationaryMarks + other.IgnoredProbationaryMarks),
            checked(UnattributableVoidMarks + other.UnattributableVoidMarks));
    }
}
