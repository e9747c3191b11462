using System.Collections.Immutable;
using System.Runtime.InteropServices;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;

namespace OrgLife.Tally.Reports;

/// <summary>Turns a tally's kernel counters into an <see cref="AssessmentReport"/>.</summary>
internal static class ReportBuilder
{
    internal static AssessmentReport Build(AssessmentTally tally, SuggestionRule rule, AssessmentAttendance? attendance = null)
    {
        var layout = tally.Layout;
        var form = tally.Form;
        var evaluator = new ResultEvaluator(tally, rule, attendance);
        var candidates = ImmutableArray.CreateBuilder<CandidateReport>(tally.Candidates.Graded.Length);
        for (var candidate = 0; candidate < tally.Candidates.Graded.Length; candidate++)
        {
            var outcome = evaluator.Suggest(candidate);
            var criteria = ImmutableArray.CreateBuilder<CriterionReport>(form.Criteria.Length);
            for (var criterion = 0; criterion < form.Criteria.Length; criterion++)
            {
                criteria.Add(Column(tally, layout.CandidateColumn(candidate, criterion), criterion == form.OverallCriterionIndex ? outcome.Grade : null));
            }

            candidates.Add(new CandidateReport(tally.Candidates.Graded[candidate], criteria.MoveToImmutable()) { Outcome = outcome });
        }

        return new AssessmentReport
        {
            FormName = form.Name,
            Issued = tally.Issued,
            Accepted = tally.Accepted,
            RejectionsByReason = [.. RejectionCodes.All.Select(code => new RejectionCount(code, tally.RejectedByCode[(int)code]))],
            Categories = [.. form.VoterCategories.Select((c, i) => new CategoryBallots(c.Name, c.Weight, tally.AcceptedByCategory[i]))],
            Candidates = candidates.MoveToImmutable(),
            Committee = [.. form.CommitteeCriteria.Select((_, i) => Column(tally, layout.CommitteeColumn(i), null))],
            IgnoredProbationaryMarks = [.. tally.Candidates.Probationary.Select((id, i) => new IgnoredMarks(id, tally.IgnoredProbationaryMarks[i]))],
            UnattributableVoidMarks = tally.UnattributableVoidMarks,
            SkippedRows = tally.SkippedRows,
            Rule = rule,
            VoidedByRule = [.. form.ValidityRules.Select((r, i) => new ValidityRuleCount(r, tally.VoidedBallotsByRule[i], tally.VoidedSectionsByRule[i]))],
            Turnout = evaluator.Turnout,
        };
    }

    /// <summary>Unweighted combined level counts of one column (index 0 = level 1), blanks and voids.</summary>
    internal static (long[] Levels, long Blank, long Void) CombinedCounts(AssessmentTally tally, int column)
    {
        var layout = tally.Layout;
        var levelCount = layout.CriterionOf(column).Scale.LevelCount;
        var levels = new long[levelCount];
        long blank = 0, voids = 0;
        for (var category = 0; category < tally.Form.VoterCategories.Length; category++)
        {
            if (!tally.IsAsked(category, column))
            {
                continue;
            }

            var slots = tally.CountsOf(category).Slice(column * layout.Stride, layout.Stride);
            blank += slots[0];
            voids += slots[layout.Stride - 1];
            for (var level = 1; level <= levelCount; level++)
            {
                levels[level - 1] += slots[level];
            }
        }

        return (levels, blank, voids);
    }

    /// <summary>The overall criterion's suggestion for a column, or null when void or not the overall criterion.</summary>
    internal static OrgLife.Grades.Grade? Suggest(AssessmentTally tally, int column, SuggestionRule rule)
    {
        var layout = tally.Layout;
        var criterion = layout.CriterionOf(column);
        if (!criterion.IsOverall || column >= layout.CandidateColumnCount || tally.IsVoid)
        {
            return null;
        }

        return new ResultEvaluator(tally, rule, null).Suggest(column / layout.CriteriaPerCandidate).Grade;
    }

    private static CriterionReport Column(AssessmentTally tally, int column, OrgLife.Grades.Grade? suggested)
    {
        var layout = tally.Layout;
        var criterion = layout.CriterionOf(column);
        var levelCount = criterion.Scale.LevelCount;
        var byCategory = new ColumnCounts[tally.Form.VoterCategories.Length];
        var asked = 0;
        var lastAsked = -1;
        for (var category = 0; category < byCategory.Length; category++)
        {
            var name = tally.Form.VoterCategories[category].Name;
            if (!tally.IsAsked(category, column))
            {
                byCategory[category] = Counts(name, criterion.Scale, new long[levelCount], 0, 0) with { IsAsked = false };
                continue;
            }

            asked++;
            lastAsked = category;
            var slots = tally.CountsOf(category).Slice(column * layout.Stride, layout.Stride);
            byCategory[category] = Counts(name, criterion.Scale, slots.Slice(1, levelCount).ToArray(), slots[0], slots[layout.Stride - 1]);
        }

        // With one asked category the combined counts are its counts: its column is shared (no second set of divisions).
        ColumnCounts all;
        if (asked == 1)
        {
            all = byCategory[lastAsked] with { Category = null };
        }
        else
        {
            var (combined, blank, voids) = CombinedCounts(tally, column);
            all = Counts(null, criterion.Scale, combined, blank, voids);
        }

        return new CriterionReport(criterion, all, ImmutableCollectionsMarshal.AsImmutableArray(byCategory), suggested);
    }

    // Takes ownership of levels (a fresh array): it becomes the column's LevelCounts without a copy.
    private static ColumnCounts Counts(string? category, Scale scale, long[] levels, long blank, long voids)
    {
        long valid = 0, best = 0, nonOpinions = 0;
        var leading = 0;
        var tie = false;
        for (var i = 0; i < levels.Length; i++)
        {
            var count = levels[i];
            valid += count;
            if (count > best)
            {
                (best, leading, tie) = (count, i + 1, false);
            }
            else if (count == best && count > 0)
            {
                tie = true;
            }

            if (scale.IsNonOpinion(i + 1))
            {
                nonOpinions += count;
            }
        }

        var shares = new decimal[levels.Length];
        for (var i = 0; i < levels.Length; i++)
        {
            shares[i] = ShareTable.Of(levels[i], valid);
        }

        int? leadingLevel = leading > 0 && !tie ? leading : null;
        return new ColumnCounts
        {
            Category = category,
            LevelCounts = ImmutableCollectionsMarshal.AsImmutableArray(levels),
            Abstentions = blank,
            VoidMarks = voids,
            Shares = ImmutableCollectionsMarshal.AsImmutableArray(shares),
            LeadingLevel = leadingLevel,
            LeadingLevelName = leadingLevel is { } l ? scale.LevelName(l) : null,
            Scores = scale.IsScore ? ScoreStatistics.Summarize(scale, levels) : null,
            NonOpinions = nonOpinions,
        };
    }
}
