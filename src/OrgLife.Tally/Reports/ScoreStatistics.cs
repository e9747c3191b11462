namespace OrgLife.Tally.Reports;

/// <summary>Mean, median and band counts from a score histogram (exact: no score is stored one by one).</summary>
internal static class ScoreStatistics
{
    internal static ScoreSummary Summarize(OrgLife.Tally.Forms.Scale scale, long[] levels)
    {
        var bands = new long[scale.Bands.Length];
        var total = 0L;
        var sum = 0m;
        for (var level = 1; level <= levels.Length; level++)
        {
            var count = levels[level - 1];
            var score = scale.ScoreMin + level - 1;
            total += count;
            sum += score * scale.Unit * count;
            bands[GradeSuggester.BandOf(scale, level) - 1] += count;
        }

        if (total == 0)
        {
            return new ScoreSummary(null, null, [.. bands]);
        }

        // The median is the mean of the scores at ranks ⌊(n−1)/2⌋ and ⌊n/2⌋ (0-based), equal when n is odd.
        var median = (ScoreAtRank(scale, levels, (total - 1) / 2) + ScoreAtRank(scale, levels, total / 2)) * scale.Unit / 2m;
        return new ScoreSummary(sum / total, median, [.. bands]);
    }

    // In the scale's units (tenths on a one-decimal scale).
    private static int ScoreAtRank(OrgLife.Tally.Forms.Scale scale, long[] levels, long rank)
    {
        var seen = 0L;
        for (var level = 1; level <= levels.Length; level++)
        {
            seen += levels[level - 1];
            if (seen > rank)
            {
                return scale.ScoreMin + level - 1;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(rank), rank, "The rank is beyond the number of scores.");
    }
}
