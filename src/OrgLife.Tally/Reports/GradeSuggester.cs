using OrgLife.Grades;
using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Reports;

/// <summary>Applies a <see cref="SuggestionRule"/> to the (possibly weighted) level counts of an overall criterion.</summary>
internal static class GradeSuggester
{
    /// <summary>The grade a mark at a 1-based level stands for under the rule.</summary>
    internal static Grade GradeOf(Scale scale, int level, SuggestionRule rule) => scale.Kind switch
    {
        ScaleKind.GoodFairPoor or ScaleKind.Satisfaction => rule.ThreeLevelGrades[level - 1],
        ScaleKind.Score => scale.Bands[BandOf(scale, level) - 1].Grade,
        _ => scale.Levels[level - 1].Grade!.Value,
    };

    /// <summary>The 1-based band of a score level (score = min + level − 1).</summary>
    internal static int BandOf(Scale scale, int level)
    {
        var score = scale.ScoreMin + level - 1;
        for (var band = 0; band < scale.Bands.Length; band++)
        {
            if (scale.Bands[band].Contains(score))
            {
                return band + 1;
            }
        }

        throw new InvalidOperationException($"The score {score} is in no band; the scale was validated, so this cannot happen.");
    }

    /// <summary>The suggested grade for level counts (index 0 = level 1), or null (no valid mark, unresolved tie).</summary>
    internal static Grade? Suggest(Scale scale, ReadOnlySpan<decimal> levelCounts, SuggestionRule rule)
    {
        var valid = 0m;
        Span<decimal> byGrade = stackalloc decimal[4];
        for (var level = 1; level <= levelCounts.Length; level++)
        {
            valid += levelCounts[level - 1];
            byGrade[(int)GradeOf(scale, level, rule) - 1] += levelCounts[level - 1];
        }

        if (valid == 0m)
        {
            return null;
        }

        foreach (var threshold in rule.Thresholds)
        {
            var counted = 0m;
            for (var level = 1; level <= levelCounts.Length; level++)
            {
                var inSet = threshold.MarkedGrade is { } grade
                    ? GradeOf(scale, level, rule) == grade
                    : (scale.IsScore ? BandOf(scale, level) : level) == threshold.Level;
                counted += inSet ? levelCounts[level - 1] : 0m;
            }

            // counted / valid ≥ share, without dividing.
            if (counted >= threshold.MinimumShare * valid)
            {
                return threshold.Suggests;
            }
        }

        return Plurality(byGrade, rule.TieBreak);
    }

    private static Grade? Plurality(ReadOnlySpan<decimal> byGrade, TieBreak tieBreak)
    {
        var best = byGrade[0];
        foreach (var count in byGrade)
        {
            best = Math.Max(best, count);
        }

        Grade? first = null;
        Grade? last = null;
        for (var i = 0; i < byGrade.Length; i++)
        {
            if (byGrade[i] == best)
            {
                first ??= (Grade)(i + 1);
                last = (Grade)(i + 1);
            }
        }

        return first == last ? first : tieBreak switch
        {
            TieBreak.TowardLessFavourable => last,
            TieBreak.TowardMoreFavourable => first,
            _ => null,
        };
    }
}
