using OrgLife.Tally.Forms;
using OrgLife.Tally.Kernels;
using OrgLife.Tally.Merging;

namespace OrgLife.Tally.Box;

/// <summary>
/// Applies a form's ballot-level validity rules and its categories' unasked columns to each ballot's coded row as
/// the ballot ends, in the box (no second pass). It keeps, per category, the difference between the counts without
/// the rules and with them, so a tally can be reported both ways. Only made for forms that need it: other forms
/// keep the box's plain path.
/// </summary>
internal sealed class BallotScreen
{
    private readonly ColumnLayout layout;
    private readonly Rule[] rules;
    private readonly bool[]?[]? asked;
    private readonly long[][] restore;
    private readonly long[] voidedByCategory;
    private readonly long[] ballotsByRule;
    private readonly long[] sectionsByRule;
    private readonly long[] pendingSections;
    private readonly int graded;
    private byte[] original = [];

    private BallotScreen(BallotForm form, AssessmentCandidates candidates, ColumnLayout layout, bool[]?[]? asked)
    {
        this.layout = layout;
        this.asked = asked;
        graded = candidates.Graded.Length;
        rules = [.. form.ValidityRules.Select(r => new Rule(r, r.CriterionIndex(form), form))];
        restore = [.. form.VoterCategories.Select(_ => new long[layout.CounterCount])];
        voidedByCategory = new long[form.VoterCategories.Length];
        ballotsByRule = new long[rules.Length];
        sectionsByRule = new long[rules.Length];
        pendingSections = new long[rules.Length];
        Histogram = ReadsOnly && !layout.IsWide ? HistogramRules.For(form, graded) : null;
        if (Histogram is not null)
        {
            for (var candidate = 0; candidate < graded; candidate++)
            {
                var column = layout.CandidateColumn(candidate, Histogram.Criterion);
                HistogramLanes |= column < 64 ? 1UL << column : 0;
            }
        }
    }

    /// <summary>The screen a form needs, or null when it has no validity rule and every category is asked everything.</summary>
    internal static BallotScreen? For(BallotForm form, AssessmentCandidates candidates, ColumnLayout layout)
    {
        var asked = AskedColumns.Of(form, candidates, layout);
        return form.ValidityRules.IsEmpty && asked is null ? null : new BallotScreen(form, candidates, layout, asked);
    }

    /// <summary>
    /// Screens one ballot's row in place: clears its unasked columns (each mark there is void and belongs to no column:
    /// added to <paramref name="unattributable"/>), then applies the rules in order. Returns the index of the rule that
    /// voided the whole ballot (the row must then not be counted), or −1 when it stands, possibly with sections voided.
    /// </summary>
    internal int Apply(int category, Span<byte> row, ref long unattributable)
    {
        if (asked?[category] is { } columns)
        {
            for (var column = 0; column < layout.ColumnCount; column++)
            {
                if (!columns[column] && layout.Code(row, column) != MarkCodes.Blank)
                {
                    unattributable++;
                    layout.SetCode(row, column, MarkCodes.Blank);
                }
            }
        }

        if (rules.Length == 0)
        {
            return -1;
        }

        if (original.Length != row.Length)
        {
            original = new byte[row.Length];
        }

        row.CopyTo(original);
        Array.Clear(pendingSections);
        for (var index = 0; index < rules.Length; index++)
        {
            var fired = rules[index].Check(row, layout, graded, out var candidate);
            if (!fired)
            {
                continue;
            }

            if (rules[index].Source.Scope == VoidScope.Ballot)
            {
                ballotsByRule[index]++;
                voidedByCategory[category]++;
                AddRow(restore[category], original, +1);
                return index;
            }

            pendingSections[index]++;
            rules[index].VoidSection(row, layout, graded, candidate);
        }

        for (var index = 0; index < rules.Length; index++)
        {
            sectionsByRule[index] += pendingSections[index];
        }

        if (!row.SequenceEqual(original))
        {
            var counts = restore[category];
            for (var column = 0; column < layout.ColumnCount; column++)
            {
                var now = layout.Code(row, column);
                var was = layout.Code(original, column);
                if (now != was)
                {
                    counts[Slot(column, was)]++;
                    counts[Slot(column, now)]--;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// True when screening never changes a row: no category has unasked columns and every rule voids the whole ballot.
    /// Coded rows are then screened where they lie with <see cref="Screen"/> and counted straight from the caller's memory.
    /// </summary>
    internal bool ReadsOnly => asked is null && Array.TrueForAll(rules, rule => rule.Source.Scope == VoidScope.Ballot);

    /// <summary>
    /// <see cref="Apply"/> for a screen that <see cref="ReadsOnly"/>: the index of the rule that voids the ballot (the row
    /// must then not be counted), or −1. The row is only read, so it needs no copy.
    /// </summary>
    internal int Screen(int category, ReadOnlySpan<byte> row)
    {
        for (var index = 0; index < rules.Length; index++)
        {
            if (rules[index].Check(row, layout, graded, out _))
            {
                RecordVoided(category, index, row);
                return index;
            }
        }

        return -1;
    }

    /// <summary>
    /// The rules as tests on one histogram of the rules' criterion per ballot, when the screen <see cref="ReadsOnly"/>, the
    /// rows are one-byte codes, and the rules allow it (see <see cref="HistogramRules.For"/>); else null.
    /// </summary>
    internal HistogramRules? Histogram { get; }

    /// <summary>The row's columns of <see cref="Histogram"/>'s criterion among the first 64 (bit <c>i</c>: column <c>i</c>).</summary>
    internal ulong HistogramLanes { get; }

    /// <summary>Counts a row voided whole by rule <paramref name="rule"/> where <see cref="Screen"/> would have found it.</summary>
    internal void RecordVoided(int category, int rule, ReadOnlySpan<byte> row)
    {
        ballotsByRule[rule]++;
        voidedByCategory[category]++;
        AddRow(restore[category], row, +1);
    }

    /// <summary>Ballots voided whole so far.</summary>
    internal long VoidedBallots => voidedByCategory.Sum();

    /// <summary>The screen's counts so far.</summary>
    internal ValidityCounts Counts() => new([.. voidedByCategory], [.. ballotsByRule], [.. sectionsByRule], [.. restore.Select(r => System.Collections.Immutable.ImmutableArray.Create(r))]);

    private void AddRow(long[] counts, ReadOnlySpan<byte> row, int sign)
    {
        for (var column = 0; column < layout.ColumnCount; column++)
        {
            counts[Slot(column, layout.Code(row, column))] += sign;
        }
    }

    // A code's counter: blank, its level, or void (a code above the column's own level count is void, as in the tally).
    private int Slot(int column, int code)
    {
        var levels = layout.CriterionOf(column).Scale.LevelCount;
        var slot = code == MarkCodes.Blank ? 0 : code > levels ? layout.Stride - 1 : code;
        return (column * layout.Stride) + slot;
    }

    /// <summary>One validity rule resolved to the form's columns and level masks.</summary>
    private sealed class Rule
    {
        private readonly int criterion;
        private readonly int levelCount;
        private readonly bool[] levels;
        private readonly bool[] itemLevels;
        private readonly int[] itemLevelCounts;
        private readonly byte[] levelCodes;
        private readonly bool sideBySide;

        internal Rule(BallotValidityRule source, int criterion, BallotForm form)
        {
            Source = source;
            this.criterion = criterion;
            levelCount = form.Criteria[criterion].Scale.LevelCount;
            // Indexed by any code up to the void code of the row (255, or 65535 for two-byte rows).
            levels = new bool[form.WidestLevelCount > MarkCodes.MaxLevelCount ? ushort.MaxValue + 1 : 256];
            itemLevels = new bool[levels.Length];
            foreach (var level in source.Levels)
            {
                levels[level] = true;
            }

            foreach (var level in source.ItemLevels)
            {
                itemLevels[level] = true;
            }

            itemLevelCounts = [.. form.Criteria.Select(c => c.Scale.LevelCount)];
            levelCodes = [.. source.Levels.Where(level => level >= 1 && level <= Math.Min(levelCount, MarkCodes.MaxLevelCount)).Select(level => (byte)level)];
            // One criterion in one-byte codes: the criterion's marks lie side by side at the start of the row.
            sideBySide = form.Criteria.Length == 1 && form.WidestLevelCount <= MarkCodes.MaxLevelCount;
        }

        internal BallotValidityRule Source { get; }

        /// <summary>Whether the rule fires on the row; for an inconsistency, <paramref name="candidate"/> is the first candidate it fires for.</summary>
        internal bool Check(ReadOnlySpan<byte> row, ColumnLayout layout, int graded, out int candidate)
        {
            candidate = -1;
            if (Source.Kind == BallotRuleKind.OverallInconsistent)
            {
                for (var c = 0; c < graded; c++)
                {
                    if (Inconsistent(row, layout, c))
                    {
                        candidate = c;
                        return true;
                    }
                }

                return false;
            }

            if (sideBySide)
            {
                var counts = RowCodeCounts.Of(row[..graded], levelCount, levelCodes);
                return Fires(counts.InLevels, counts.Marked, counts.Valid, counts.Identical, graded);
            }

            long inLevels = 0, marked = 0, valid = 0;
            var first = (int)MarkCodes.Blank;
            var identical = true;
            for (var c = 0; c < graded; c++)
            {
                var code = layout.Code(row, layout.CandidateColumn(c, criterion));
                if (code == MarkCodes.Blank)
                {
                    continue;
                }

                marked++;
                if (code > levelCount)
                {
                    continue;
                }

                valid++;
                inLevels += levels[code] ? 1 : 0;
                first = first == MarkCodes.Blank ? code : first;
                identical &= code == first;
            }

            return Fires(inLevels, marked, valid, identical, graded);
        }

        /// <summary>Whether the rule fires on a ballot with these counts of its criterion's marks.</summary>
        private bool Fires(long inLevels, long marked, long valid, bool identical, int graded)
        {
            return Source.Kind switch
            {
                BallotRuleKind.AtMostCount => inLevels > Source.Count,
                BallotRuleKind.AtMostShare => inLevels * Source.ShareDenominator > (long)Source.ShareNumerator * graded,
                BallotRuleKind.AtLeastCount => inLevels >= Source.Count,
                BallotRuleKind.AllIdentical => valid >= Source.Count && identical,
                _ => marked > Source.Count,
            };
        }

        /// <summary>Voids the section the rule looked at: the criterion of every candidate, or one candidate's columns.</summary>
        internal void VoidSection(Span<byte> row, ColumnLayout layout, int graded, int candidate)
        {
            if (Source.Kind == BallotRuleKind.OverallInconsistent)
            {
                // Every inconsistent candidate's section, not only the first found.
                for (var c = candidate; c < graded; c++)
                {
                    if (c == candidate || Inconsistent(row, layout, c))
                    {
                        for (var item = 0; item < layout.CriteriaPerCandidate; item++)
                        {
                            layout.SetCode(row, layout.CandidateColumn(c, item), layout.VoidCode);
                        }
                    }
                }

                return;
            }

            for (var c = 0; c < graded; c++)
            {
                layout.SetCode(row, layout.CandidateColumn(c, criterion), layout.VoidCode);
            }
        }

        private bool Inconsistent(ReadOnlySpan<byte> row, ColumnLayout layout, int candidate)
        {
            var overall = layout.Code(row, layout.CandidateColumn(candidate, criterion));
            if (overall == MarkCodes.Blank || overall > levelCount || !levels[overall])
            {
                return false;
            }

            for (var item = 0; item < itemLevelCounts.Length; item++)
            {
                var code = layout.Code(row, layout.CandidateColumn(candidate, item));
                if (item != criterion && code != MarkCodes.Blank && code <= itemLevelCounts[item] && itemLevels[code])
                {
                    return true;
                }
            }

            return false;
        }
    }
}
