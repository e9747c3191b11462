using System.Collections.Immutable;

namespace OrgLife.Tally.Reports;

/// <summary>
/// 排名 — ranks a report's candidates by a <see cref="RankingMeasure"/> with ties (standard competition ranking),
/// gives the top or bottom N (ties at the edge included, so more than N may be listed), and selects within a quota
/// (e.g. "优秀 by most 优秀 votes within the cap"), leaving a tie that straddles the quota to the organization. Exact:
/// shares are compared as fractions of the counts. Pure and thread safe.
/// </summary>
public static class CandidateRanking
{
    /// <summary>All candidates, best first (ties in candidate order), each with its rank.</summary>
    /// <param name="report">The report.</param>
    /// <param name="measure">What to rank by.</param>
    public static ImmutableArray<RankedCandidate> Rank(AssessmentReport report, RankingMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(measure);
        var values = report.Candidates.Select((c, i) => (Candidate: c, Index: i, Value: Measure(c, measure))).ToList();
        values.Sort((a, b) =>
        {
            var order = (a.Value, b.Value) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                var (x, y) => y!.Value.CompareTo(x!.Value),
            };
            return order != 0 ? order : a.Index.CompareTo(b.Index);
        });
        var ranked = ImmutableArray.CreateBuilder<RankedCandidate>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var tiedWithPrevious = i > 0 && Nullable.Equals(values[i].Value, values[i - 1].Value);
            var rank = tiedWithPrevious ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedCandidate(values[i].Candidate.Candidate, values[i].Value?.ToDecimal(), rank));
        }

        return ranked.MoveToImmutable();
    }

    /// <summary>The candidates ranked <paramref name="count"/> or better (前N), ties at the edge included; candidates without a value never.</summary>
    /// <param name="report">The report.</param>
    /// <param name="measure">What to rank by.</param>
    /// <param name="count">N, 0 or more.</param>
    public static ImmutableArray<RankedCandidate> Top(AssessmentReport report, RankingMeasure measure, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return [.. Rank(report, measure).Where(r => r.Value is not null && r.Rank <= count)];
    }

    /// <summary>The candidates among the last <paramref name="count"/> (后N) of those with a value, ties at the edge included, worst first.</summary>
    /// <param name="report">The report.</param>
    /// <param name="measure">What to rank by.</param>
    /// <param name="count">N, 0 or more.</param>
    public static ImmutableArray<RankedCandidate> Bottom(AssessmentReport report, RankingMeasure measure, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var valued = Rank(report, measure).Where(r => r.Value is not null).Reverse().ToList();
        var result = ImmutableArray.CreateBuilder<RankedCandidate>();
        for (var i = 0; i < valued.Count; i++)
        {
            // Rank from the bottom: 1 + the number strictly worse.
            var fromBottom = 1 + valued.Count(other => other.Value < valued[i].Value);
            if (fromBottom <= count)
            {
                result.Add(valued[i]);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The best candidates within <paramref name="quota"/> places: whole tie groups while they fit; the group that does
    /// not fit is returned apart. Candidates with no value or a value of 0 are never selected.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="measure">What to rank by (e.g. <c>RankingMeasure.LevelCount(null, 1)</c>, 优秀 votes).</param>
    /// <param name="quota">The places, e.g. <c>rule.ExcellentCap.Maximum(graded)</c>.</param>
    public static QuotaSelection WithinQuota(AssessmentReport report, RankingMeasure measure, long quota)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quota);
        var eligible = Rank(report, measure).Where(r => r.Value is > 0m).ToList();
        var selected = ImmutableArray.CreateBuilder<RankedCandidate>();
        foreach (var group in eligible.GroupBy(r => r.Rank))
        {
            var members = group.ToList();
            if (selected.Count + members.Count > quota)
            {
                return new QuotaSelection(quota, selected.ToImmutable(), selected.Count < quota ? [.. members] : []);
            }

            selected.AddRange(members);
        }

        return new QuotaSelection(quota, selected.ToImmutable(), []);
    }

    private static Rational? Measure(CandidateReport candidate, RankingMeasure measure)
    {
        if (measure.Kind == RankingMeasure.RankingKind.GradedValue)
        {
            return candidate.Outcome?.Value is { } value ? Rational.Of(value) : null;
        }

        var criterion = measure.Criterion is null
            ? candidate.Criteria.FirstOrDefault(c => c.Criterion.IsOverall)
            : candidate.Criteria.FirstOrDefault(c => c.Criterion.Name == measure.Criterion);
        if (criterion is null)
        {
            return null;
        }

        var counts = criterion.Combined;
        var counted = measure.Levels.Where(l => l <= counts.LevelCounts.Length).Sum(l => counts.LevelCounts[l - 1]);
        if (measure.Kind == RankingMeasure.RankingKind.LevelCount)
        {
            return counted;
        }

        var opinions = counts.Opinions;
        var nonOpinionCounted = measure.Levels.Where(l => l <= counts.LevelCounts.Length && criterion.Criterion.Scale.IsNonOpinion(l)).Sum(l => counts.LevelCounts[l - 1]);
        return opinions == 0 ? null : Rational.Of(counted - nonOpinionCounted, opinions);
    }
}
