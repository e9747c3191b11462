
namespace OrgLife.Tally.Forms;

/// <summary>Reads and writes a form's <c>validityRules</c>; levels are written as the criterion's level names (or scores).</summary>
internal static class ValidityRuleJson
{
    internal static BallotValidityRule? Read(ValidityRuleDocument? document, IReadOnlyList<Criterion> criteria, int defaultCriterion, string path, List<FormProblem> problems)
    {
        if (document is null)
        {
            problems.Add(new(path, "a validity rule must not be null."));
            return null;
        }

        var before = problems.Count;
        var kind = EnumText.Read<BallotRuleKind>(document.Kind, null, path + ".kind", problems);
        var scope = EnumText.Read(document.Scope, (VoidScope?)(kind == BallotRuleKind.OverallInconsistent ? VoidScope.Section : VoidScope.Ballot), path + ".scope", problems);
        var index = document.Criterion is null ? defaultCriterion : criteria.ToList().FindIndex(c => c.Name == document.Criterion);
        if (index < 0)
        {
            problems.Add(new(path + ".criterion", document.Criterion is null ? "the form has no default criterion; name one." : $"the form has no candidate criterion '{document.Criterion}'."));
            return null;
        }

        var levels = Levels(document.Levels, [criteria[index].Scale], path + ".levels", problems);
        var itemLevels = Levels(document.ItemLevels, [.. criteria.Where((_, i) => i != index).Select(c => c.Scale)], path + ".itemLevels", problems);
        if (problems.Count != before)
        {
            return null;
        }

        var name = document.Name!;
        var count = document.Count ?? (kind == BallotRuleKind.AllIdentical ? 2 : 0);
        var rule = kind switch
        {
            BallotRuleKind.AtMostCount => BallotValidityRule.AtMostCount(name, levels, count, scope!.Value),
            BallotRuleKind.AtMostShare => BallotValidityRule.AtMostShare(name, levels, document.Numerator ?? -1, document.Denominator ?? 0, scope!.Value),
            BallotRuleKind.AtLeastCount => BallotValidityRule.AtLeastCount(name, levels, count, scope!.Value),
            BallotRuleKind.AllIdentical => BallotValidityRule.AllIdentical(name, count, scope!.Value),
            BallotRuleKind.MoreMarkedThanPlaces => BallotValidityRule.MoreMarkedThanPlaces(name, count, scope!.Value),
            _ => BallotValidityRule.OverallInconsistent(name, levels, itemLevels, scope!.Value),
        };
        return rule with { Criterion = document.Criterion };
    }

    internal static ValidityRuleDocument Write(BallotValidityRule rule, BallotForm form)
    {
        var index = rule.CriterionIndex(form);
        var scale = form.Criteria[index].Scale;
        var item = form.Criteria.Where((_, i) => i != index).Select(c => c.Scale).FirstOrDefault(s => rule.ItemLevels.All(l => l <= s.LevelCount));
        return new ValidityRuleDocument
        {
            Name = rule.Name,
            Kind = EnumText.Write(rule.Kind),
            Scope = EnumText.Write(rule.Scope),
            Criterion = rule.Criterion,
            Levels = rule.Levels.IsEmpty ? null : [.. rule.Levels.Select(scale.LevelName)],
            ItemLevels = rule.ItemLevels.IsEmpty || item is null ? null : [.. rule.ItemLevels.Select(item.LevelName)],
            Count = rule.Kind is BallotRuleKind.AtMostShare or BallotRuleKind.OverallInconsistent ? null : rule.Count,
            Numerator = rule.Kind == BallotRuleKind.AtMostShare ? rule.ShareNumerator : null,
            Denominator = rule.Kind == BallotRuleKind.AtMostShare ? rule.ShareDenominator : null,
        };
    }

    // A level named on any of the scales (by name, code or score) → its 1-based level.
    private static List<int> Levels(List<string>? names, IReadOnlyList<Scale> scales, string path, List<FormProblem> problems)
    {
        var levels = new List<int>();
        foreach (var name in names ?? [])
        {
            var level = scales.Select(s => LevelOf(s, name)).FirstOrDefault(l => l > 0);
            if (level <= 0)
            {
                problems.Add(new(path, $"'{name}' is not a level of the criterion."));
                continue;
            }

            levels.Add(level);
        }

        return levels;
    }

    private static int LevelOf(Scale scale, string? name)
    {
        if (scale.IsScore)
        {
            return scale.TryReadScore(name, out var score) && score >= scale.ScoreMin && score <= scale.ScoreMax
                ? score - scale.ScoreMin + 1
                : 0;
        }

        for (var i = 0; i < scale.Levels.Length; i++)
        {
            if (scale.Levels[i].Name == name || string.Equals(scale.Levels[i].Code, name, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
