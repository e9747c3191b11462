using OrgLife.Grades;
using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Reports;

/// <summary>How a <see cref="SuggestionRule"/> maps a scale's levels to grades and scores to bands.</summary>
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
}
