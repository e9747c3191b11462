using System.Collections.Immutable;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;

namespace OrgLife.Tally.Partials;

/// <summary>
/// An <see cref="AssessmentTally"/> as rows of the long layout and back (docs/partial-tally-format.md). The round
/// trip is exact: <c>FromRows(form, ToRows(t)).Tally</c> equals <c>t</c>. Rows with equal keys add up, so the rows
/// of several partials of one assessment read back as their merge.
/// </summary>
public static class TallyRows
{
    /// <summary>The rows of a tally: always the issued row and one row per candidate; other rows only when not zero.</summary>
    /// <param name="tally">The tally.</param>
    public static IEnumerable<TallyRow> ToRows(AssessmentTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return Rows(tally);
    }

    /// <summary>Builds the tally of a form from rows; never throws for any rows: a row that does not fit gives an error.</summary>
    /// <param name="form">The ballot form the rows were counted on.</param>
    /// <param name="rows">The rows, in any order.</param>
    public static TallyRowsReadResult FromRows(BallotForm form, IEnumerable<TallyRow> rows)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToList();
        try
        {
            return Read(form, list);
        }
        catch (OverflowException)
        {
            return new(null, "the counts add up beyond 2^63 − 1");
        }
    }

    /// <summary>The text of a rejection reason in files: the code's name in kebab case (<c>duplicate-serial</c>).</summary>
    /// <param name="code">The code.</param>
    public static string ReasonText(RejectionCode code)
    {
        var name = code.ToString();
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    /// <summary>The rejection reason of a text written by <see cref="ReasonText"/>, or null when there is none.</summary>
    /// <param name="text">The text.</param>
    public static RejectionCode? ReasonOf(string? text) =>
        RejectionCodes.All.Cast<RejectionCode?>().FirstOrDefault(code => ReasonText(code!.Value) == text);

    private static IEnumerable<TallyRow> Rows(AssessmentTally tally)
    {
        var form = tally.Form;
        yield return new TallyRow(TallyMeasure.Issued, tally.Issued);
        for (var c = 0; c < form.VoterCategories.Length; c++)
        {
            if (tally.AcceptedByCategory[c] != 0)
            {
                yield return new TallyRow(TallyMeasure.Accepted, tally.AcceptedByCategory[c]) { VoterCategory = form.VoterCategories[c].Name };
            }
        }

        foreach (var code in RejectionCodes.All)
        {
            if (tally.RejectedByCode[(int)code] != 0)
            {
                yield return new TallyRow(TallyMeasure.Rejected, tally.RejectedByCode[(int)code]) { RejectionReason = code };
            }
        }

        var graded = tally.Candidates.Graded;
        for (var i = 0; i < graded.Length; i++)
        {
            yield return new TallyRow(TallyMeasure.GradedCandidate, 1) { Candidate = graded[i].Value, CandidateOrder = i };
        }

        var probationary = tally.Candidates.Probationary;
        for (var i = 0; i < probationary.Length; i++)
        {
            yield return new TallyRow(TallyMeasure.IgnoredProbationaryMarks, tally.IgnoredProbationaryMarks[i]) { Candidate = probationary[i].Value, CandidateOrder = i };
        }

        foreach (var row in MarkRows(tally, tally, TallyMeasure.Mark, TallyMeasure.Abstention, TallyMeasure.VoidMark))
        {
            yield return row;
        }

        if (tally.UnattributableVoidMarks != 0)
        {
            yield return new TallyRow(TallyMeasure.UnattributableVoidMarks, tally.UnattributableVoidMarks);
        }

        if (tally.SkippedRows != 0)
        {
            yield return new TallyRow(TallyMeasure.SkippedRows, tally.SkippedRows);
        }

        foreach (var row in ValidityRows(tally))
        {
            yield return row;
        }
    }

    /// <summary>
    /// The validity rules' rows (废票 by reason) of a form that has rules: voided ballots per category, per rule (always
    /// present, so a reader knows the rows carry them) and sections voided per rule, then the marks as they would be
    /// without the rules. The latter, not the signed difference, keep every count ≥ 0 and additive.
    /// </summary>
    private static IEnumerable<TallyRow> ValidityRows(AssessmentTally tally)
    {
        var form = tally.Form;
        if (form.ValidityRules.IsEmpty)
        {
            yield break;
        }

        for (var c = 0; c < form.VoterCategories.Length; c++)
        {
            if (tally.VoidedBallotsOf(c) is var voided and not 0)
            {
                yield return new TallyRow(TallyMeasure.VoidedBallots, voided) { VoterCategory = form.VoterCategories[c].Name };
            }
        }

        for (var r = 0; r < form.ValidityRules.Length; r++)
        {
            var key = new TallyRow(TallyMeasure.VoidedBallotsByRule, tally.VoidedBallotsByRule[r]) { CriterionOrder = r, Criterion = form.ValidityRules[r].Name };
            yield return key;
            if (tally.VoidedSectionsByRule[r] != 0)
            {
                yield return key with { Measure = TallyMeasure.VoidedSections, Count = tally.VoidedSectionsByRule[r] };
            }
        }

        foreach (var row in MarkRows(tally, tally.WithoutValidityRules(), TallyMeasure.MarkWithoutRules, TallyMeasure.AbstentionWithoutRules, TallyMeasure.VoidMarkWithoutRules))
        {
            yield return row;
        }
    }

    /// <summary>The non-zero mark, abstention and void-mark rows of <paramref name="source"/>'s counters under the given measures.</summary>
    private static IEnumerable<TallyRow> MarkRows(AssessmentTally tally, AssessmentTally source, TallyMeasure markMeasure, TallyMeasure abstentionMeasure, TallyMeasure voidMeasure)
    {
        var form = tally.Form;
        var graded = tally.Candidates.Graded;
        var layout = tally.Layout;
        for (var column = 0; column < layout.ColumnCount; column++)
        {
            var isCandidate = column < layout.CandidateColumnCount;
            var criterionOrder = isCandidate ? column % layout.CriteriaPerCandidate : column - layout.CandidateColumnCount;
            var criterion = layout.CriterionOf(column);
            var key = new TallyRow(markMeasure, 0)
            {
                Candidate = isCandidate ? graded[column / layout.CriteriaPerCandidate].Value : null,
                CandidateOrder = isCandidate ? column / layout.CriteriaPerCandidate : null,
                Section = isCandidate ? CriterionSection.Candidate : CriterionSection.Committee,
                CriterionOrder = criterionOrder,
                Criterion = criterion.Name,
                IsOverall = criterion.IsOverall,
            };
            for (var c = 0; c < form.VoterCategories.Length; c++)
            {
                var start = column * layout.Stride;
                var category = form.VoterCategories[c].Name;
                if (source.CountsOf(c)[start] is var blank and not 0)
                {
                    yield return key with { Measure = abstentionMeasure, Count = blank, VoterCategory = category };
                }

                for (var level = 1; level <= criterion.Scale.LevelCount; level++)
                {
                    if (source.CountsOf(c)[start + level] is var marks and not 0)
                    {
                        yield return key with { Count = marks, VoterCategory = category, Level = level, LevelName = criterion.Scale.LevelName(level) };
                    }
                }

                if (source.CountsOf(c)[start + layout.Stride - 1] is var voids and not 0)
                {
                    yield return key with { Measure = voidMeasure, Count = voids, VoterCategory = category };
                }
            }
        }

    }

    private static TallyRowsReadResult Read(BallotForm form, List<TallyRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is null)
            {
                return Fail(i, "the row is missing");
            }

            if (rows[i].Count < 0)
            {
                return Fail(i, $"count {rows[i].Count} is negative");
            }

            if (!Enum.IsDefined(rows[i].Measure))
            {
                return Fail(i, $"unknown measure {(int)rows[i].Measure}");
            }
        }

        var graded = new SortedDictionary<int, string>();
        var probationary = new SortedDictionary<int, string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var target = row.Measure switch
            {
                TallyMeasure.GradedCandidate => graded,
                TallyMeasure.IgnoredProbationaryMarks => probationary,
                _ => null,
            };
            if (target is null)
            {
                continue;
            }

            if (row.Candidate is null || row.CandidateOrder is not { } order || order < 0)
            {
                return Fail(i, "a candidate row needs the candidate and a candidate order of 0 or more");
            }

            if (target.TryGetValue(order, out var known) && known != row.Candidate)
            {
                return Fail(i, $"candidate order {order} names both '{known}' and '{row.Candidate}'");
            }

            target[order] = row.Candidate;
        }

        if (Gap(graded) is { } gradedGap)
        {
            return new(null, $"no graded candidate has order {gradedGap}; orders must run 0, 1, 2 …");
        }

        if (Gap(probationary) is { } probationaryGap)
        {
            return new(null, $"no probationary candidate has order {probationaryGap}; orders must run 0, 1, 2 …");
        }

        AssessmentCandidates candidates;
        try
        {
            candidates = new AssessmentCandidates(graded.Values.Select(id => new MemberId(id)), probationary.Values.Select(id => new MemberId(id)));
        }
        catch (ArgumentException ex)
        {
            return new(null, $"the candidates do not make a ballot: {ex.Message}");
        }

        var layout = new ColumnLayout(form, candidates.Graded.Length);
        var counts = form.VoterCategories.Select(_ => new long[layout.CounterCount]).ToArray();
        var accepted = new long[form.VoterCategories.Length];
        var rejected = new long[RejectionCodes.Count];
        var ignored = new long[candidates.Probationary.Length];
        long issued = 0, unattributable = 0, skipped = 0;
        var without = form.VoterCategories.Select(_ => new long[layout.CounterCount]).ToArray();
        var voidedByCategory = new long[form.VoterCategories.Length];
        var voidedByRule = new long[form.ValidityRules.Length];
        var sectionsByRule = new long[form.ValidityRules.Length];
        var carriesValidity = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            switch (row.Measure)
            {
                case TallyMeasure.Issued:
                    issued = checked(issued + row.Count);
                    break;
                case TallyMeasure.Accepted:
                    if (CategoryIndex(form, row.VoterCategory) is not { } acceptedCategory)
                    {
                        return Fail(i, $"voter category '{row.VoterCategory}' is not on the form");
                    }

                    accepted[acceptedCategory] = checked(accepted[acceptedCategory] + row.Count);
                    break;
                case TallyMeasure.Rejected:
                    if (row.RejectionReason is not { } reason || !Enum.IsDefined(reason))
                    {
                        return Fail(i, "a rejected row needs a known rejection reason");
                    }

                    rejected[(int)reason] = checked(rejected[(int)reason] + row.Count);
                    break;
                case TallyMeasure.GradedCandidate:
                    break;
                case TallyMeasure.IgnoredProbationaryMarks:
                    ignored[row.CandidateOrder!.Value] = checked(ignored[row.CandidateOrder!.Value] + row.Count);
                    break;
                case TallyMeasure.UnattributableVoidMarks:
                    unattributable = checked(unattributable + row.Count);
                    break;
                case TallyMeasure.SkippedRows:
                    skipped = checked(skipped + row.Count);
                    break;
                case TallyMeasure.VoidedBallots:
                    if (form.ValidityRules.IsEmpty || CategoryIndex(form, row.VoterCategory) is not { } voidedCategory)
                    {
                        return Fail(i, $"voided ballots of voter category '{row.VoterCategory}' do not fit the form and its validity rules");
                    }

                    voidedByCategory[voidedCategory] = checked(voidedByCategory[voidedCategory] + row.Count);
                    break;
                case TallyMeasure.VoidedBallotsByRule or TallyMeasure.VoidedSections:
                    if (row.CriterionOrder is not { } rule || rule < 0 || rule >= form.ValidityRules.Length
                        || (row.Criterion is not null && row.Criterion != form.ValidityRules[rule].Name))
                    {
                        return Fail(i, $"validity rule {row.CriterionOrder?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(missing)"} '{row.Criterion}' is not on the form");
                    }

                    var byRule = row.Measure == TallyMeasure.VoidedSections ? sectionsByRule : voidedByRule;
                    byRule[rule] = checked(byRule[rule] + row.Count);
                    carriesValidity |= row.Measure == TallyMeasure.VoidedBallotsByRule;
                    break;
                case TallyMeasure.MarkWithoutRules or TallyMeasure.AbstentionWithoutRules or TallyMeasure.VoidMarkWithoutRules:
                    if (form.ValidityRules.IsEmpty || Slot(form, layout, candidates, row) is not { } withoutSlot)
                    {
                        return Fail(i, "the candidate, criterion, voter category or level does not fit the form, its validity rules and the candidates");
                    }

                    without[withoutSlot.Category][withoutSlot.Index] = checked(without[withoutSlot.Category][withoutSlot.Index] + row.Count);
                    break;
                default:
                    if (Slot(form, layout, candidates, row) is not { } slot)
                    {
                        return Fail(i, "the candidate, criterion, voter category or level does not fit the form and the candidates");
                    }

                    counts[slot.Category][slot.Index] = checked(counts[slot.Category][slot.Index] + row.Count);
                    break;
            }
        }

        ValidityCounts? validity = null;
        if (carriesValidity)
        {
            if (voidedByRule.Sum() != voidedByCategory.Sum())
            {
                return new(null, $"the ballots voided per validity rule ({voidedByRule.Sum()}) and per voter category ({voidedByCategory.Sum()}) disagree");
            }

            // The tally without the rules minus the tally with them is what restoring the voided ballots and sections adds.
            var restore = new ImmutableArray<long>[counts.Length];
            for (var c = 0; c < counts.Length; c++)
            {
                var difference = new long[layout.CounterCount];
                for (var k = 0; k < difference.Length; k++)
                {
                    difference[k] = checked(without[c][k] - counts[c][k]);
                }

                restore[c] = ImmutableArray.Create(difference);
            }

            validity = new ValidityCounts(ImmutableArray.Create(voidedByCategory), ImmutableArray.Create(voidedByRule), ImmutableArray.Create(sectionsByRule), ImmutableArray.Create(restore));
        }
        else if (voidedByCategory.Any(n => n != 0) || sectionsByRule.Any(n => n != 0) || without.Any(w => w.Any(n => n != 0)))
        {
            return new(null, "validity-rule rows need the voided_ballots_by_rule row of every rule of the form");
        }

        var tally = new AssessmentTally(
            form,
            candidates,
            issued,
            ImmutableArray.Create(accepted),
            ImmutableArray.Create(rejected),
            [.. counts.Select(ImmutableArray.Create)],
            ImmutableArray.Create(ignored),
            unattributable,
            skipped,
            validity);
        return new(tally, null);
    }

    /// <summary>The category and counter index of a Mark, Abstention or VoidMark row, or null when it does not fit.</summary>
    private static (int Category, int Index)? Slot(BallotForm form, ColumnLayout layout, AssessmentCandidates candidates, TallyRow row)
    {
        if (CategoryIndex(form, row.VoterCategory) is not { } category || row.CriterionOrder is not { } criterionOrder || criterionOrder < 0)
        {
            return null;
        }

        int column;
        Criterion criterion;
        switch (row.Section)
        {
            case CriterionSection.Candidate:
                if (criterionOrder >= form.Criteria.Length || row.CandidateOrder is not { } order || order < 0 || order >= candidates.Graded.Length
                    || candidates.Graded[order].Value != row.Candidate)
                {
                    return null;
                }

                criterion = form.Criteria[criterionOrder];
                column = layout.CandidateColumn(order, criterionOrder);
                break;
            case CriterionSection.Committee:
                if (criterionOrder >= form.CommitteeCriteria.Length || row.Candidate is not null)
                {
                    return null;
                }

                criterion = form.CommitteeCriteria[criterionOrder];
                column = layout.CommitteeColumn(criterionOrder);
                break;
            default:
                return null;
        }

        if (row.Criterion is not null && row.Criterion != criterion.Name)
        {
            return null;
        }

        var slot = row.Measure switch
        {
            TallyMeasure.Abstention or TallyMeasure.AbstentionWithoutRules => 0,
            TallyMeasure.VoidMark or TallyMeasure.VoidMarkWithoutRules => layout.Stride - 1,
            _ => row.Level is { } level && level >= 1 && level <= criterion.Scale.LevelCount ? level : -1,
        };
        return slot < 0 ? null : (category, (column * layout.Stride) + slot);
    }

    private static int? CategoryIndex(BallotForm form, string? name)
    {
        for (var i = 0; i < form.VoterCategories.Length; i++)
        {
            if (form.VoterCategories[i].Name == name)
            {
                return i;
            }
        }

        return null;
    }

    private static int? Gap(SortedDictionary<int, string> byOrder)
    {
        var expected = 0;
        foreach (var order in byOrder.Keys)
        {
            if (order != expected)
            {
                return expected;
            }

            expected++;
        }

        return null;
    }

    private static TallyRowsReadResult Fail(int row, string reason) => new(null, $"row {row}: {reason}");
}
