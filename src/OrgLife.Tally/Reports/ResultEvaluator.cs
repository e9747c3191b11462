using OrgLife.Grades;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Reports;

/// <summary>
/// Evaluates a <see cref="SuggestionRule"/> on a tally's counts, exactly (fractions, no floating point): turnout,
/// thresholds with their comparisons, bases, criteria and categories, score grading, and plurality. The counts
/// are read straight from the tally; nothing is copied per mark.
/// </summary>
internal sealed class ResultEvaluator
{
    private readonly AssessmentTally tally;
    private readonly SuggestionRule rule;
    private readonly AssessmentAttendance attendance;
    private readonly Weighting weighting;
    private TurnoutOutcome? turnout;
    private bool turnoutDone;

    internal ResultEvaluator(AssessmentTally tally, SuggestionRule rule, AssessmentAttendance? attendance)
    {
        this.tally = tally;
        this.rule = rule;
        this.attendance = attendance ?? AssessmentAttendance.None;
        weighting = !rule.CombineCategoriesByWeight ? Weighting.None : rule.NormaliseCategories ? Weighting.Normalised : Weighting.PerMark;
    }

    private enum Weighting
    {
        None,
        PerMark,
        Normalised,
    }

    /// <summary>The turnout outcome, or null when the rule has no turnout condition.</summary>
    internal TurnoutOutcome? Turnout
    {
        get
        {
            if (!turnoutDone)
            {
                turnout = rule.Turnout is { } condition ? EvaluateTurnout(condition) : null;
                turnoutDone = true;
            }

            return turnout;
        }
    }

    /// <summary>The suggestion for one graded candidate.</summary>
    internal SuggestionOutcome Suggest(int candidate)
    {
        var form = tally.Form;
        if (tally.IsVoid)
        {
            return new(null, null, null);
        }

        if (Turnout is { IsMet: false } failed)
        {
            return new(null, null, failed.Why);
        }

        if (form.OverallCriterion is not { } overall)
        {
            return rule.Grading is { Weights.IsEmpty: false } grading ? Grade(candidate, grading) : new(null, null, null);
        }

        var column = tally.Layout.CandidateColumn(candidate, form.OverallCriterionIndex);
        if (ValidMarks(column) == 0)
        {
            return new(null, null, null);
        }

        foreach (var threshold in rule.Thresholds)
        {
            var anyOf = threshold.Combination == ThresholdCombination.AnyOf;
            var reached = !anyOf;
            foreach (var condition in threshold.Conditions)
            {
                var holds = Holds(condition, candidate, out var missing);
                if (missing is not null)
                {
                    return new(null, null, missing);
                }

                if (holds == anyOf)
                {
                    reached = anyOf;
                    break;
                }
            }

            if (reached)
            {
                return new(threshold.Suggests, null, null);
            }
        }

        return rule.Grading is { } scoreGrading ? Grade(candidate, scoreGrading) : new(Plurality(column, overall.Scale), null, null);
    }

    /// <summary>The grade of a level under the rule, or null for a non-opinion level (不了解).</summary>
    private Grade? GradeOf(Scale scale, int level) => scale.Kind switch
    {
        ScaleKind.GoodFairPoor or ScaleKind.Satisfaction => rule.ThreeLevelGrades[level - 1],
        ScaleKind.Score => GradeSuggester.GradeOf(scale, level, rule),
        _ => scale.Levels[level - 1].Grade,
    };

    private long ValidMarks(int column)
    {
        var valid = 0L;
        for (var category = 0; category < tally.Form.VoterCategories.Length; category++)
        {
            valid += Slots(category, column).Valid;
        }

        return valid;
    }

    private (long Valid, long Counted) Count(int category, int column, ShareCondition? condition)
    {
        var scale = tally.Layout.CriterionOf(column).Scale;
        var slots = tally.CountsOf(category).Slice(column * tally.Layout.Stride, tally.Layout.Stride);
        long valid = 0, counted = 0;
        for (var level = 1; level <= scale.LevelCount; level++)
        {
            var count = slots[level];
            valid += scale.IsNonOpinion(level) ? 0 : count;
            if (condition is not null && InSet(condition, scale, level))
            {
                counted += count;
            }
        }

        return (valid, counted);
    }

    private (long Valid, long Counted) Slots(int category, int column) => Count(category, column, null);

    private bool InSet(ShareCondition condition, Scale scale, int level)
    {
        if (!condition.Grades.IsEmpty)
        {
            return GradeOf(scale, level) is { } grade && condition.Grades.Contains(grade);
        }

        return condition.Levels.Contains(scale.IsScore ? GradeSuggester.BandOf(scale, level) : level);
    }

    private bool Holds(ShareCondition condition, int candidate, out TallyMessage? missing)
    {
        missing = null;
        var form = tally.Form;
        var criterion = condition.Criterion is null ? form.OverallCriterionIndex : form.Criteria.IndexOf(form.Criteria.FirstOrDefault(c => c.Name == condition.Criterion)!);
        if (criterion < 0)
        {
            missing = new("Suggestion.NoCandidateCriterion", ("form", form.Name), ("criterion", condition.Criterion ?? string.Empty));
            return false;
        }

        var only = -1;
        if (condition.Category is not null && (only = form.IndexOfCategory(condition.Category)) < 0)
        {
            missing = new("Suggestion.NoVoterCategory", ("form", form.Name), ("category", condition.Category));
            return false;
        }

        var column = tally.Layout.CandidateColumn(candidate, criterion);
        var scaled = only < 0 && condition.Base == ShareBase.ValidMarks ? weighting : Weighting.None;
        Rational counted = Rational.Zero, validBase = Rational.Zero;
        long returned = 0;
        for (var category = 0; category < form.VoterCategories.Length; category++)
        {
            if ((only >= 0 && category != only) || !tally.IsAsked(category, column))
            {
                continue;
            }

            var (valid, inSet) = Count(category, column, condition);
            returned += tally.AcceptedByCategory[category] + tally.VoidedBallotsOf(category);
            var weight = Rational.Of(form.VoterCategories[category].Weight);
            switch (scaled)
            {
                case Weighting.None:
                    counted += inSet;
                    validBase += valid;
                    break;
                case Weighting.PerMark:
                    counted += weight * inSet;
                    validBase += weight * valid;
                    break;
                default:
                    if (valid > 0)
                    {
                        counted += weight * Rational.Of(inSet, valid);
                        validBase += weight;
                    }

                    break;
            }
        }

        Rational? baseValue = condition.Base switch
        {
            ShareBase.ValidMarks => validBase,
            ShareBase.BallotsReturned => returned,
            ShareBase.BallotsIssued => tally.Issued,
            ShareBase.GradedMembers => tally.Candidates.Graded.Length,
            ShareBase.MembersPresent => attendance.MembersPresent is { } present ? present : null,
            _ => attendance.MembersDue is { } due ? due : null,
        };
        if (baseValue is not { } value)
        {
            missing = new TallyMessage("Turnout.Missing", ("what", condition.Base == ShareBase.MembersPresent ? TallyMessages.Counted(TurnoutCounted.MembersPresent) : TallyMessages.Plain("Turnout.MembersDue")));
            return false;
        }

        return condition.Holds(counted, value);
    }

    private Grade? Plurality(int column, Scale scale)
    {
        // Unweighted marks are whole counts: add them as integers (the roll-up's common case, no fraction allocated).
        // Weighted ones as fractions; with every weight 1 both give the same grade (a property holds it).
        if (weighting == Weighting.None)
        {
            Span<long> counts = stackalloc long[4];
            for (var category = 0; category < tally.Form.VoterCategories.Length; category++)
            {
                var slots = tally.CountsOf(category).Slice(column * tally.Layout.Stride, tally.Layout.Stride);
                for (var level = 1; level <= scale.LevelCount; level++)
                {
                    if (GradeOf(scale, level) is { } grade)
                    {
                        counts[(int)grade - 1] += slots[level];
                    }
                }
            }

            return Pick<long>(counts);
        }

        Span<Rational> byGrade = [Rational.Zero, Rational.Zero, Rational.Zero, Rational.Zero];
        for (var category = 0; category < tally.Form.VoterCategories.Length; category++)
        {
            var slots = tally.CountsOf(category).Slice(column * tally.Layout.Stride, tally.Layout.Stride);
            var (valid, _) = Slots(category, column);
            if (valid == 0)
            {
                continue;
            }

            var weight = Rational.Of(tally.Form.VoterCategories[category].Weight);
            for (var level = 1; level <= scale.LevelCount; level++)
            {
                if (GradeOf(scale, level) is not { } grade || slots[level] == 0)
                {
                    continue;
                }

                byGrade[(int)grade - 1] += weighting == Weighting.PerMark ? weight * slots[level] : weight * Rational.Of(slots[level], valid);
            }
        }

        return Pick<Rational>(byGrade);
    }

    /// <summary>The grade with the most (weighted) marks; a tie goes by the rule's tie break.</summary>
    private Grade? Pick<T>(ReadOnlySpan<T> byGrade)
        where T : IComparable<T>
    {
        var best = byGrade[0];
        foreach (var count in byGrade)
        {
            best = count.CompareTo(best) > 0 ? count : best;
        }

        Grade? first = null;
        Grade? last = null;
        for (var i = 0; i < byGrade.Length; i++)
        {
            if (byGrade[i].CompareTo(best) == 0)
            {
                first ??= (Grade)(i + 1);
                last = (Grade)(i + 1);
            }
        }

        return first == last ? first : rule.TieBreak switch
        {
            TieBreak.TowardLessFavourable => last,
            TieBreak.TowardMoreFavourable => first,
            _ => null,
        };
    }

    private SuggestionOutcome Grade(int candidate, ScoreGrading grading)
    {
        var form = tally.Form;
        Rational value;
        if (grading.Weights.IsEmpty)
        {
            var mean = Mean(tally.Layout.CandidateColumn(candidate, form.OverallCriterionIndex), grading, out var missing);
            if (mean is null)
            {
                return new(null, null, missing);
            }

            value = mean.Value;
        }
        else
        {
            value = Rational.Zero;
            foreach (var weight in grading.Weights)
            {
                var criterion = form.Criteria.IndexOf(form.Criteria.FirstOrDefault(c => c.Name == weight.Criterion)!);
                if (criterion < 0)
                {
                    return new(null, null, new TallyMessage("Suggestion.NoCandidateCriterion", ("form", form.Name), ("criterion", weight.Criterion)));
                }

                var mean = Mean(tally.Layout.CandidateColumn(candidate, criterion), grading, out var missing);
                if (mean is null)
                {
                    return new(null, null, missing);
                }

                value += Rational.Of(weight.Weight) * mean.Value;
            }
        }

        if (grading.RoundToDecimals is { } decimals)
        {
            value = value.RoundHalfAwayFromZero(decimals);
        }

        var bands = !grading.Bands.IsEmpty ? grading.Bands
            : form.OverallCriterion is { Scale.IsScore: true } overall ? [.. overall.Scale.Bands.Select(b => new GradingBand(b.Min * overall.Scale.Unit, b.Grade))]
            : [];
        GradingBand? chosen = null;
        foreach (var band in bands)
        {
            if (value >= Rational.Of(band.AtLeast) && (chosen is null || band.AtLeast > chosen.AtLeast))
            {
                chosen = band;
            }
        }

        return chosen is null
            ? new(null, value.ToDecimal(), bands.IsEmpty ? TallyMessages.Plain("Suggestion.NoBands") : new TallyMessage("Suggestion.BelowEveryBand", ("value", value.ToDecimal())))
            : new(chosen.Grade, value.ToDecimal(), null);
    }

    /// <summary>The (trimmed, category-weighted) mean points of a column, or null with the reason.</summary>
    private Rational? Mean(int column, ScoreGrading grading, out TallyMessage? missing)
    {
        missing = null;
        var criterion = tally.Layout.CriterionOf(column);
        var scale = criterion.Scale;
        if (!scale.HasPoints)
        {
            missing = new("Suggestion.NoPoints", ("criterion", criterion.Name));
            return null;
        }

        var categories = tally.Form.VoterCategories.Length;
        var histogram = new long[scale.LevelCount];
        Rational sum = Rational.Zero, divisor = Rational.Zero;
        for (var category = 0; category < categories; category++)
        {
            var slots = tally.CountsOf(category).Slice((column * tally.Layout.Stride) + 1, scale.LevelCount);
            if (weighting == Weighting.None)
            {
                for (var level = 0; level < histogram.Length; level++)
                {
                    histogram[level] += slots[level];
                }

                continue;
            }

            if (Trimmed(scale, slots, grading) is not { } part)
            {
                continue;
            }

            var weight = Rational.Of(tally.Form.VoterCategories[category].Weight);
            if (weighting == Weighting.PerMark)
            {
                sum += weight * part.Sum;
                divisor += weight * part.Count;
            }
            else
            {
                sum += weight * part.Sum / part.Count;
                divisor += weight;
            }
        }

        if (weighting == Weighting.None && Trimmed(scale, histogram, grading) is { } all)
        {
            (sum, divisor) = (all.Sum, all.Count);
        }

        if (divisor.IsZero)
        {
            missing = new("Suggestion.NoValidMark", ("criterion", criterion.Name));
            return null;
        }

        return sum / divisor;
    }

    /// <summary>The points sum and count of a histogram after dropping the trim's highest and lowest marks; null without marks.</summary>
    private static (Rational Sum, long Count)? Trimmed(Scale scale, ReadOnlySpan<long> histogram, ScoreGrading grading)
    {
        var levels = new List<(decimal Points, long Count)>();
        long count = 0;
        for (var level = 1; level <= scale.LevelCount; level++)
        {
            if (scale.PointsOf(level) is { } points && histogram[level - 1] > 0)
            {
                levels.Add((points, histogram[level - 1]));
                count += histogram[level - 1];
            }
        }

        if (count == 0)
        {
            return null;
        }

        var trim = grading.Trim > 0 && count > Math.Max(grading.TrimWhenMoreThan, 2L * grading.Trim) ? grading.Trim : 0;
        levels.Sort((a, b) => a.Points.CompareTo(b.Points));
        long low = trim, high = trim;
        var sum = Rational.Zero;
        for (var i = 0; i < levels.Count; i++)
        {
            var (points, n) = levels[i];
            var dropLow = Math.Min(low, n);
            low -= dropLow;
            n -= dropLow;
            levels[i] = (points, n);
        }

        for (var i = levels.Count - 1; i >= 0; i--)
        {
            var (points, n) = levels[i];
            var dropHigh = Math.Min(high, n);
            high -= dropHigh;
            sum += Rational.Of(points) * (n - dropHigh);
        }

        return (sum, count - (2L * trim));
    }

    private TurnoutOutcome EvaluateTurnout(TurnoutCondition condition)
    {
        var returned = tally.Accepted + tally.VoidedBallots;
        long? counted = condition.Counted switch
        {
            TurnoutCounted.BallotsReturned => returned,
            TurnoutCounted.ValidBallots => tally.Accepted,
            _ => attendance.MembersPresent,
        };
        long? baseValue = condition.Base switch
        {
            TurnoutBase.BallotsIssued => tally.Issued,
            TurnoutBase.GradedMembers => tally.Candidates.Graded.Length,
            TurnoutBase.MembersPresent => attendance.MembersPresent,
            _ => attendance.MembersDue,
        };
        if (counted is null || baseValue is null)
        {
            var what = counted is null || condition.Base == TurnoutBase.MembersPresent ? TallyMessages.Counted(TurnoutCounted.MembersPresent) : TallyMessages.Plain("Turnout.MembersDue");
            return new(condition, counted, baseValue, false, new TallyMessage("Turnout.Missing", ("what", what)));
        }

        var order = ((Rational)counted.Value * condition.Denominator).CompareTo((Rational)baseValue.Value * condition.Numerator);
        var met = baseValue > 0 && condition.Comparison switch
        {
            ShareComparison.AtLeast => order >= 0,
            ShareComparison.MoreThan => order > 0,
            ShareComparison.LessThan => order < 0,
            _ => order <= 0,
        };
        return new(condition, counted, baseValue, met, met ? null : new TallyMessage(
            "Turnout.NotMet",
            ("counted", counted.Value),
            ("countedWhat", TallyMessages.Counted(condition.Counted)),
            ("base", baseValue.Value),
            ("baseWhat", TallyMessages.Base(condition.Base)),
            ("comparison", TallyMessages.Comparison(condition.Comparison)),
            ("numerator", condition.Numerator),
            ("denominator", condition.Denominator)));
    }
}
