using System.Collections.Immutable;
using OrgLife.Grades;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Forms;

/// <summary>Reads and writes a form's <c>result</c> member: its <see cref="SuggestionRule"/> (see docs/tally.md).</summary>
internal static class ResultRuleJson
{
    internal static SuggestionRule? Read(ResultDocument document, string path, List<FormProblem> problems)
    {
        var before = problems.Count;
        var rule = SuggestionRule.Default with
        {
            CombineCategoriesByWeight = document.Weighted ?? false,
            NormaliseCategories = document.NormaliseCategories ?? false,
        };
        if (EnumText.Read(document.TieBreak, (TieBreak?)TieBreak.TowardLessFavourable, path + ".tieBreak", problems) is { } tieBreak)
        {
            rule = rule with { TieBreak = tieBreak };
        }

        if (document.ThreeLevelGrades is { } three)
        {
            var grades = three.Select((g, i) => Grade(g, $"{path}.threeLevelGrades[{i}]", problems)).ToList();
            if (grades.Count != 3)
            {
                problems.Add(new(path + ".threeLevelGrades", "give exactly three grades (top, middle, bottom)."));
            }
            else if (grades.All(g => g is not null))
            {
                rule = rule with { ThreeLevelGrades = [.. grades.Select(g => g!.Value)] };
            }
        }

        var thresholds = ImmutableArray.CreateBuilder<SuggestionThreshold>();
        for (var i = 0; i < (document.Thresholds?.Count ?? 0); i++)
        {
            if (Threshold(document.Thresholds![i], $"{path}.thresholds[{i}]", problems) is { } threshold)
            {
                thresholds.Add(threshold);
            }
        }

        rule = rule with { Thresholds = thresholds.ToImmutable() };
        if (document.Grading is { } grading)
        {
            rule = rule with { Grading = Grading(grading, path + ".grading", problems) };
        }

        if (document.Turnout is { } turnout)
        {
            rule = rule with { Turnout = Turnout(turnout, path + ".turnout", problems) };
        }

        if (document.ExcellentCap is { } cap)
        {
            if (cap.Numerator < 0 || cap.Denominator < 1 || cap.Numerator > cap.Denominator || cap.Minimum is < 0)
            {
                problems.Add(new(path + ".excellentCap", "the cap is numerator/denominator in [0, 1] (3 and 10 for 30 %) with a minimum of 0 or more."));
            }
            else
            {
                rule = rule with { ExcellentCap = ExcellentCap.Ratio(cap.Numerator, cap.Denominator, cap.Minimum ?? 0) };
            }
        }

        return problems.Count == before ? rule : null;
    }

    internal static ResultDocument Write(SuggestionRule rule) => new()
    {
        TieBreak = EnumText.Write(rule.TieBreak),
        ThreeLevelGrades = [.. rule.ThreeLevelGrades.Select(GradeText.Code)],
        Weighted = rule.CombineCategoriesByWeight ? true : null,
        NormaliseCategories = rule.NormaliseCategories ? true : null,
        Thresholds = rule.Thresholds.IsEmpty ? null : [.. rule.Thresholds.Select(t => new ThresholdDocument
        {
            Suggests = GradeText.Code(t.Suggests),
            Combine = EnumText.Write(t.Combination),
            Conditions = [.. t.Conditions.Select(c => new ConditionDocument
            {
                Comparison = EnumText.Write(c.Comparison),
                Share = c.ShareDenominator == 1 ? c.Share : null,
                Numerator = c.ShareDenominator == 1 ? null : (int)c.Share,
                Denominator = c.ShareDenominator == 1 ? null : c.ShareDenominator,
                Base = EnumText.Write(c.Base),
                Grades = c.Grades.IsEmpty ? null : [.. c.Grades.Select(GradeText.Code)],
                Levels = c.Levels.IsEmpty ? null : [.. c.Levels],
                Criterion = c.Criterion,
                Category = c.Category,
            })],
        })],
        Grading = rule.Grading is not { } g ? null : new GradingDocument
        {
            Bands = g.Bands.IsEmpty ? null : [.. g.Bands.Select(b => new GradingBandDocument { AtLeast = b.AtLeast, Grade = GradeText.Code(b.Grade) })],
            Weights = g.Weights.IsEmpty ? null : [.. g.Weights.Select(w => new CriterionWeightDocument { Criterion = w.Criterion, Weight = w.Weight })],
            Trim = g.Trim == 0 ? null : g.Trim,
            TrimWhenMoreThan = g.TrimWhenMoreThan == 0 ? null : g.TrimWhenMoreThan,
            RoundToDecimals = g.RoundToDecimals,
        },
        ExcellentCap = rule.ExcellentCap.IsThirdOfGraded ? null : new ExcellentCapDocument
        {
            Numerator = rule.ExcellentCap.Numerator,
            Denominator = rule.ExcellentCap.Denominator,
            Minimum = rule.ExcellentCap.Minimum,
        },
        Turnout = rule.Turnout is not { } t2 ? null : new TurnoutDocument
        {
            Counted = EnumText.Write(t2.Counted),
            Comparison = EnumText.Write(t2.Comparison),
            Numerator = t2.Numerator,
            Denominator = t2.Denominator,
            Base = EnumText.Write(t2.Base),
        },
    };

    private static Grade? Grade(string? text, string path, List<FormProblem> problems)
    {
        var grade = GradeText.Parse(text);
        if (grade is null)
        {
            problems.Add(new(path, $"unknown grade '{text}'; expected 优秀/合格/基本合格/不合格 or excellent/qualified/basically-qualified/unqualified."));
        }

        return grade;
    }

    private static SuggestionThreshold? Threshold(ThresholdDocument? document, string path, List<FormProblem> problems)
    {
        if (document is null)
        {
            problems.Add(new(path, "a threshold must not be null."));
            return null;
        }

        var before = problems.Count;
        var suggests = Grade(document.Suggests, path + ".suggests", problems);
        var combine = EnumText.Read(document.Combine, (ThresholdCombination?)ThresholdCombination.AllOf, path + ".combine", problems);
        var conditions = new List<ShareCondition>();
        if (document.Conditions is not { Count: > 0 })
        {
            problems.Add(new(path + ".conditions", "a threshold needs at least one condition."));
        }

        for (var i = 0; i < (document.Conditions?.Count ?? 0); i++)
        {
            if (Condition(document.Conditions![i], $"{path}.conditions[{i}]", problems) is { } condition)
            {
                conditions.Add(condition);
            }
        }

        if (problems.Count != before)
        {
            return null;
        }

        return combine == ThresholdCombination.AnyOf ? SuggestionThreshold.WhenAny(suggests!.Value, conditions) : SuggestionThreshold.WhenAll(suggests!.Value, conditions);
    }

    private static ShareCondition? Condition(ConditionDocument? document, string path, List<FormProblem> problems)
    {
        if (document is null)
        {
            problems.Add(new(path, "a condition must not be null."));
            return null;
        }

        var before = problems.Count;
        var comparison = EnumText.Read<ShareComparison>(document.Comparison, null, path + ".comparison", problems);
        var shareBase = EnumText.Read(document.Base, (ShareBase?)ShareBase.ValidMarks, path + ".base", problems);
        var fraction = document.Numerator is not null || document.Denominator is not null;
        if (fraction ? document.Share is not null || document.Denominator is not >= 1 || document.Numerator is not >= 0 || document.Numerator > document.Denominator
            : document.Share is not (>= 0m and <= 1m))
        {
            problems.Add(new(path + ".share", "give a share between 0 and 1 (0.5 for 50 %) or a fraction numerator/denominator (1 and 3 for 1/3), not both."));
        }

        var grades = (document.Grades ?? []).Select((g, i) => Grade(g, $"{path}.grades[{i}]", problems)).ToList();
        var levels = document.Levels ?? [];
        if ((grades.Count == 0) == (levels.Count == 0) || levels.Any(l => l < 1))
        {
            problems.Add(new(path, "give either grades or levels (1 = the best level), not both."));
        }

        if (problems.Count != before)
        {
            return null;
        }

        var condition = (grades.Count > 0, fraction) switch
        {
            (true, false) => ShareCondition.OfGrades(comparison!.Value, document.Share!.Value, shareBase!.Value, grades.Select(g => g!.Value)),
            (true, true) => ShareCondition.OfGrades(comparison!.Value, document.Numerator!.Value, document.Denominator!.Value, shareBase!.Value, grades.Select(g => g!.Value)),
            (false, false) => ShareCondition.OfLevels(comparison!.Value, document.Share!.Value, shareBase!.Value, levels),
            _ => ShareCondition.OfLevels(comparison!.Value, document.Numerator!.Value, document.Denominator!.Value, shareBase!.Value, levels),
        };
        return condition with { Criterion = document.Criterion, Category = document.Category };
    }

    private static ScoreGrading? Grading(GradingDocument document, string path, List<FormProblem> problems)
    {
        var before = problems.Count;
        var bands = new List<GradingBand>();
        for (var i = 0; i < (document.Bands?.Count ?? 0); i++)
        {
            var band = document.Bands![i];
            if (band is not null && Grade(band.Grade, $"{path}.bands[{i}].grade", problems) is { } grade)
            {
                bands.Add(new GradingBand(band.AtLeast, grade));
            }
        }

        var weights = new List<CriterionWeight>();
        for (var i = 0; i < (document.Weights?.Count ?? 0); i++)
        {
            var weight = document.Weights![i];
            if (weight?.Criterion is null || weight.Weight <= 0m)
            {
                problems.Add(new($"{path}.weights[{i}]", "a weight names a criterion and is above 0."));
                continue;
            }

            weights.Add(new CriterionWeight(weight.Criterion, weight.Weight));
        }

        if (document.Trim is < 0 || document.TrimWhenMoreThan is < 0 || document.RoundToDecimals is < 0 or > 10)
        {
            problems.Add(new(path, "trim and trimWhenMoreThan are 0 or more; roundToDecimals is 0–10."));
        }

        return problems.Count != before ? null : new ScoreGrading
        {
            Bands = [.. bands],
            Weights = [.. weights],
            Trim = document.Trim ?? 0,
            TrimWhenMoreThan = document.TrimWhenMoreThan ?? 0,
            RoundToDecimals = document.RoundToDecimals,
        };
    }

    private static TurnoutCondition? Turnout(TurnoutDocument document, string path, List<FormProblem> problems)
    {
        var before = problems.Count;
        var counted = EnumText.Read(document.Counted, (TurnoutCounted?)TurnoutCounted.BallotsReturned, path + ".counted", problems);
        var comparison = EnumText.Read<ShareComparison>(document.Comparison, null, path + ".comparison", problems);
        var turnoutBase = EnumText.Read<TurnoutBase>(document.Base, null, path + ".base", problems);
        if (document.Numerator < 0 || document.Denominator <= 0)
        {
            problems.Add(new(path, "the share is numerator/denominator, numerator 0 or more, denominator above 0 (2 and 3 for 2/3)."));
        }

        return problems.Count != before ? null : new TurnoutCondition(counted!.Value, comparison!.Value, document.Numerator, document.Denominator, turnoutBase!.Value);
    }
}
