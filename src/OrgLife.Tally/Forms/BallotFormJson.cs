using System.Collections.Immutable;
using System.Text.Json;

namespace OrgLife.Tally.Forms;

/// <summary>
/// Reads and writes ballot forms as JSON (System.Text.Json source generation, no reflection). The document
/// shape is described in docs/tally.md. A document that is not valid JSON, has unknown members, or defines
/// an invalid form is refused with a <see cref="BallotFormException"/> naming the path of every problem.
/// Thread safe.
/// </summary>
public static class BallotFormJson
{
    private static readonly Dictionary<string, ScaleKind> KindsByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fourGrades"] = ScaleKind.FourGrades,
        ["goodFairPoor"] = ScaleKind.GoodFairPoor,
        ["satisfaction"] = ScaleKind.Satisfaction,
        ["custom"] = ScaleKind.Custom,
        ["score"] = ScaleKind.Score,
    };

    /// <summary>Reads a form from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The validated form.</returns>
    /// <exception cref="BallotFormException">The document is malformed or defines an invalid form.</exception>
    public static BallotForm Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        FormDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, FormJsonContext.Default.FormDocument);
        }
        catch (JsonException e)
        {
            throw new BallotFormException([new FormProblem(e.Path ?? "$", e.Message)]);
        }

        return FromDocument(document ?? throw new BallotFormException([new FormProblem("$", "the document is null.")]));
    }

    /// <summary>Reads a form from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The validated form.</returns>
    /// <exception cref="BallotFormException">The document is malformed or defines an invalid form.</exception>
    public static BallotForm Parse(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var reader = new StreamReader(utf8Json);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Writes a form as indented JSON that <see cref="Parse(string)"/> reads back to an equal form.</summary>
    /// <param name="form">The form.</param>
    public static string Serialize(BallotForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return JsonSerializer.Serialize(ToDocument(form), FormJsonContext.Default.FormDocument);
    }

    private static BallotForm FromDocument(FormDocument document)
    {
        var problems = new List<FormProblem>();
        var criteria = ReadSection(document.Criteria, "criteria", problems);
        var committee = ReadSection(document.CommitteeCriteria, "committeeCriteria", problems);
        var categories = (document.VoterCategories ?? []).Select(c => new VoterCategory(c?.Name!, c?.Weight ?? 1m)
        {
            Criteria = [.. c?.Criteria ?? []],
            Candidates = [.. c?.Candidates ?? []],
        }).ToList();
        var result = document.Result is { } resultDocument ? ResultRuleJson.Read(resultDocument, "result", problems) : null;
        if (problems.Count > 0)
        {
            throw new BallotFormException(problems);
        }

        var form = new BallotForm(document.Name!, criteria, categories, committee) { ResultRule = result };
        var rules = new List<BallotValidityRule>();
        for (var i = 0; i < (document.ValidityRules?.Count ?? 0); i++)
        {
            if (ValidityRuleJson.Read(document.ValidityRules![i], form.Criteria, form.DefaultCriterionIndex, $"validityRules[{i}]", problems) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return problems.Count > 0 ? throw new BallotFormException(problems)
            : rules.Count == 0 ? form
            : new BallotForm(form.Name, form.Criteria, form.VoterCategories, form.CommitteeCriteria) { ResultRule = result, ValidityRules = [.. rules] };
    }

    private static List<Criterion> ReadSection(List<CriterionDocument>? section, string path, List<FormProblem> problems)
    {
        var criteria = new List<Criterion>();
        for (var i = 0; i < (section?.Count ?? 0); i++)
        {
            var item = section![i];
            var at = $"{path}[{i}]";
            if (item?.Scale is null)
            {
                problems.Add(new(at + ".scale", "a criterion needs a scale."));
                continue;
            }

            if (ReadScale(item.Scale, at + ".scale", problems) is { } scale)
            {
                criteria.Add(new Criterion(item.Name!, scale, item.Overall));
            }
        }

        return criteria;
    }

    private static Scale? ReadScale(ScaleDocument document, string path, List<FormProblem> problems)
    {
        if (document.Kind is null || !KindsByName.TryGetValue(document.Kind, out var kind))
        {
            problems.Add(new(path + ".kind", $"unknown scale kind '{document.Kind}'; expected one of {string.Join(", ", KindsByName.Keys)}."));
            return null;
        }

        switch (kind)
        {
            case ScaleKind.FourGrades:
                return WithPoints(Scale.FourGrades, document, path, problems);
            case ScaleKind.GoodFairPoor:
                return WithPoints(Scale.GoodFairPoor, document, path, problems);
            case ScaleKind.Satisfaction:
                return WithPoints(Scale.Satisfaction, document, path, problems);
            case ScaleKind.Custom:
                var levels = ImmutableArray.CreateBuilder<ScaleLevel>();
                for (var i = 0; i < (document.Levels?.Count ?? 0); i++)
                {
                    var level = document.Levels![i];
                    var grade = ReadGrade(level?.Grade, $"{path}.levels[{i}].grade", problems);
                    levels.Add(new ScaleLevel(level?.Name!, level?.Code!, grade, level?.Points, level?.NonOpinion ?? false));
                }

                return WithPoints(Scale.TryCustom(levels.ToImmutable(), path, problems), document, path, problems);
            default:
                if (document.Min is null || document.Max is null)
                {
                    problems.Add(new(path, "a score scale needs min and max."));
                    return null;
                }

                var decimals = document.Decimals ?? 0;
                if (decimals is not (0 or 1))
                {
                    problems.Add(new(path + ".decimals", $"a score has 0 or 1 decimals, not {decimals}."));
                    return null;
                }

                var bands = ImmutableArray.CreateBuilder<ScoreBand>();
                var before = problems.Count;
                var min = Units(document.Min.Value, decimals, path + ".min", problems);
                var max = Units(document.Max.Value, decimals, path + ".max", problems);
                for (var i = 0; i < (document.Bands?.Count ?? 0); i++)
                {
                    var band = document.Bands![i];
                    var at = $"{path}.bands[{i}]";
                    if (band is not null && ReadGrade(band.Grade ?? string.Empty, at + ".grade", problems) is { } grade)
                    {
                        bands.Add(new ScoreBand(Units(band.Min, decimals, at + ".min", problems), Units(band.Max, decimals, at + ".max", problems), grade));
                    }
                }

                return problems.Count != before ? null : Scale.TryScoreRange(min, max, bands.ToImmutable(), path, problems, decimals);
        }
    }

    // A score bound in the scale's units: a whole number, or with "decimals": 1 a number of at most one decimal, as tenths.
    private static int Units(decimal value, int decimals, string path, List<FormProblem> problems)
    {
        var units = decimals == 0 ? value : value * 10m;
        if (units != decimal.Truncate(units) || units > 1_000_000_000m || units < -1_000_000_000m)
        {
            problems.Add(new(path, decimals == 0 ? $"{value} is not a whole score (set \"decimals\": 1 for one-decimal scores)." : $"{value} has more than one decimal or is out of range."));
            return 0;
        }

        return (int)units;
    }

    // "points": [10, 6, 2] on an ordered scale: one value per level, best first.
    private static Scale? WithPoints(Scale? scale, ScaleDocument document, string path, List<FormProblem> problems) =>
        scale is null || document.Points is null ? scale : scale.TryWithPoints([.. document.Points], path + ".points", problems);

    private static OrgLife.Grades.Grade? ReadGrade(string? text, string path, List<FormProblem> problems)
    {
        if (text is null)
        {
            return null;
        }

        var grade = GradeText.Parse(text);
        if (grade is null)
        {
            problems.Add(new(path, $"unknown grade '{text}'; expected 优秀/合格/基本合格/不合格 or excellent/qualified/basically-qualified/unqualified."));
        }

        return grade;
    }

    private static FormDocument ToDocument(BallotForm form) => new()
    {
        Name = form.Name,
        Criteria = [.. form.Criteria.Select(ToDocument)],
        CommitteeCriteria = form.CommitteeCriteria.IsEmpty ? null : [.. form.CommitteeCriteria.Select(ToDocument)],
        VoterCategories = [.. form.VoterCategories.Select(c => new CategoryDocument
        {
            Name = c.Name,
            Weight = c.Weight == 1m ? null : c.Weight,
            Criteria = c.Criteria.IsEmpty ? null : [.. c.Criteria],
            Candidates = c.Candidates.IsEmpty ? null : [.. c.Candidates],
        })],
        ValidityRules = form.ValidityRules.IsEmpty ? null : [.. form.ValidityRules.Select(r => ValidityRuleJson.Write(r, form))],
        Result = form.ResultRule is { } rule ? ResultRuleJson.Write(rule) : null,
    };

    private static CriterionDocument ToDocument(Criterion criterion) => new()
    {
        Name = criterion.Name,
        Overall = criterion.IsOverall,
        Scale = ToDocument(criterion.Scale),
    };

    private static ScaleDocument ToDocument(Scale scale)
    {
        var kind = KindsByName.First(pair => pair.Value == scale.Kind).Key;
        return scale.Kind switch
        {
            ScaleKind.Custom => new ScaleDocument
            {
                Kind = kind,
                Levels = [.. scale.Levels.Select(l => new LevelDocument { Name = l.Name, Code = l.Code, Grade = l.Grade is { } g ? GradeText.Code(g) : null, Points = l.Points, NonOpinion = l.IsNonOpinion ? true : null })],
            },
            ScaleKind.Score => new ScaleDocument
            {
                Kind = kind,
                Min = scale.ScoreMin * scale.Unit,
                Max = scale.ScoreMax * scale.Unit,
                Decimals = scale.Decimals == 0 ? null : scale.Decimals,
                Bands = [.. scale.Bands.Select(b => new BandDocument { Min = b.Min * scale.Unit, Max = b.Max * scale.Unit, Grade = GradeText.Code(b.Grade) })],
            },
            _ => new ScaleDocument { Kind = kind, Points = scale.HasPoints ? [.. scale.Levels.Select(l => l.Points!.Value)] : null },
        };
    }
}
