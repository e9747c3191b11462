using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using OrgLife.Cli.Commands;
using OrgLife.Grades;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Reports;

namespace OrgLife.Cli.Tally;

/// <summary>
/// --suggest: the suggestion rule as a comma-separated list of terms (default plurality, ties toward the less
/// favourable grade): <c>ties-down</c>, <c>ties-up</c>, <c>ties-none</c>; <c>weighted</c> (voter categories count
/// by weight); <c>GRADE&gt;=P%</c> (suggest GRADE when at least P % of valid marks say GRADE, e.g.
/// <c>unqualified&gt;=50%</c>); <c>levelN&gt;=P%:GRADE</c> (suggest GRADE when at least P % chose level N, 1 = best,
/// e.g. <c>level1&gt;=90%:excellent</c>). Thresholds are tried in the order written.
/// </summary>
internal static partial class SuggestOption
{
    /// <summary>The rule <paramref name="spec"/> describes; a term that is not one is a usage error.</summary>
    public static SuggestionRule Parse(string spec)
    {
        var rule = SuggestionRule.Default;
        var thresholds = ImmutableArray.CreateBuilder<SuggestionThreshold>();
        foreach (var term in spec.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            switch (term.ToLowerInvariant())
            {
                case "ties-down":
                    rule = rule with { TieBreak = TieBreak.TowardLessFavourable };
                    break;
                case "ties-up":
                    rule = rule with { TieBreak = TieBreak.TowardMoreFavourable };
                    break;
                case "ties-none":
                    rule = rule with { TieBreak = TieBreak.NoSuggestion };
                    break;
                case "weighted":
                    rule = rule with { CombineCategoriesByWeight = true };
                    break;
                default:
                    thresholds.Add(Threshold(term));
                    break;
            }
        }

        return rule with { Thresholds = thresholds.ToImmutable() };
    }

    /// <summary>A grade from its English code (<c>basically-qualified</c>) or Chinese name (<c>基本合格</c>).</summary>
    public static Grade? ParseGrade(string text)
        => Scale.FourGrades.Levels.FirstOrDefault(l => l.Name == text || string.Equals(l.Code, text, StringComparison.OrdinalIgnoreCase))?.Grade;

    private static SuggestionThreshold Threshold(string term)
    {
        var match = ThresholdPattern().Match(term);
        var share = match.Success && decimal.TryParse(match.Groups["share"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) && percent is > 0 and <= 100
            ? percent / 100
            : (decimal?)null;
        if (share is null)
        {
            throw new UsageException($"--suggest: '{term}' is not a term; use ties-down, ties-up, ties-none, weighted, GRADE>=P% (e.g. unqualified>=50%) or levelN>=P%:GRADE (e.g. level1>=90%:excellent), P in (0, 100].");
        }

        var subject = match.Groups["subject"].Value;
        var suggestsText = match.Groups["suggests"].Value;
        if (LevelPattern().Match(subject) is { Success: true } level)
        {
            var number = int.TryParse(level.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : 0;
            return number > 0 && ParseGrade(suggestsText) is { } suggests
                ? SuggestionThreshold.WhenLevelShareAtLeast(number, share.Value, suggests)
                : throw new UsageException($"--suggest: '{term}' needs a level from 1 and the grade it suggests, e.g. level1>=90%:excellent.");
        }

        if (ParseGrade(subject) is not { } marked)
        {
            throw new UsageException($"--suggest: '{subject}' in '{term}' is not a grade; grades are excellent, qualified, basically-qualified, unqualified (or 优秀, 合格, 基本合格, 不合格).");
        }

        var suggested = suggestsText.Length == 0 ? marked
            : ParseGrade(suggestsText) ?? throw new UsageException($"--suggest: '{suggestsText}' in '{term}' is not a grade.");
        return SuggestionThreshold.WhenGradeShareAtLeast(marked, share.Value, suggested);
    }

    [GeneratedRegex(@"^(?<subject>[^>=:]+)>=(?<share>[0-9]+(\.[0-9]+)?)%(:(?<suggests>.+))?$")]
    private static partial Regex ThresholdPattern();

    [GeneratedRegex(@"^level(?<n>[0-9]{1,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelPattern();
}
