using System.Numerics;
using System.Runtime.Intrinsics;
using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Box;

/// <summary>
/// A form's validity rules as tests on one histogram of a ballot's marks on the rules' criterion (how many blanks, how
/// many of each level, how many void): the one count every rule reads, made once per ballot in the counting kernel's
/// own pass (<see cref="Kernels.FilteredRowCounter"/>) instead of once per rule. Made only when every rule voids whole
/// ballots, looks at marks on one criterion (no inconsistency rule), and all rules share that criterion; the per-rule
/// checks of <see cref="BallotScreen"/> are the reference, and a property binds the box's two paths.
/// </summary>
internal sealed class HistogramRules
{
    // Per rule: the histogram entries it sums (bit c: code c; bit levelCount + 1: void), and the sum above which it fires;
    // an identical-marks rule instead fires when every valid mark has one level and they number above its threshold.
    private readonly int[] entries;
    private readonly int[] thresholds;
    private readonly bool[] identical;
    private readonly bool anyIdentical;

    // Per rule, for the lean pair (see PairsSuffice): the level a one-level count rule reads, 0 for identical marks.
    private readonly byte[] pairLevels;

    // The capped levels, which the lean pair always counts (0: none, the pair's code is chosen by frequency).
    private readonly byte fixedFirst;
    private readonly byte fixedSecond;

    private HistogramRules(BallotForm form, int criterion, int graded)
    {
        Criterion = criterion;
        LevelCount = form.Criteria[criterion].Scale.LevelCount;
        var rules = form.ValidityRules;
        entries = new int[rules.Length];
        thresholds = new int[rules.Length];
        identical = new bool[rules.Length];
        var levelBits = 0;
        for (var level = 1; level <= LevelCount; level++)
        {
            levelBits |= 1 << level;
        }

        for (var index = 0; index < rules.Length; index++)
        {
            var rule = rules[index];
            var listed = rule.Levels.IsDefault ? 0 : rule.Levels.Where(l => l >= 1 && l <= LevelCount).Aggregate(0, (bits, l) => bits | (1 << l));
            (entries[index], thresholds[index], identical[index]) = rule.Kind switch
            {
                BallotRuleKind.AtMostCount => (listed, rule.Count, false),
                // count × d > n × graded, on counts 0…graded: fires above the largest count that does not.
                BallotRuleKind.AtMostShare => (listed, LargestNotAbove(rule.ShareNumerator, rule.ShareDenominator, graded), false),
                BallotRuleKind.AtLeastCount => (listed, rule.Count - 1, false),
                BallotRuleKind.AllIdentical => (levelBits, rule.Count - 1, true),
                // Marked: every code but a blank, void marks included.
                _ => (levelBits | (1 << (LevelCount + 1)), rule.Count, false),
            };
        }

        anyIdentical = identical.Contains(true);
        NeedsBlanks = entries.Any(bits => (bits & (1 | (1 << (LevelCount + 1)))) != 0);

        // One level per count rule (the capped levels), at most two of them, and two levels at least for identical marks.
        pairLevels = new byte[rules.Length];
        var oneLevelEach = true;
        for (var index = 0; index < rules.Length; index++)
        {
            var single = !identical[index] && BitOperations.PopCount((uint)entries[index]) == 1 && (entries[index] & levelBits) != 0;
            pairLevels[index] = single ? (byte)BitOperations.TrailingZeroCount(entries[index]) : (byte)0;
            oneLevelEach &= identical[index] || single;
        }

        var capped = pairLevels.Where(level => level != 0).Distinct().ToArray();
        PairsSuffice = oneLevelEach && capped.Length <= 2 && LevelCount >= 2;
        fixedFirst = capped.Length > 0 ? capped[0] : (byte)0;
        fixedSecond = capped.Length > 1 ? capped[1] : (byte)0;
    }

    /// <summary>Rows whose marks choose the lean pair's levels that the rules do not fix.</summary>
    private const int SampledRows = 8;

    /// <summary>The rules' criterion, as an index into the form's criteria.</summary>
    internal int Criterion { get; }

    /// <summary>The criterion's level count: the histogram has entries for blank, levels 1…this, and void.</summary>
    internal int LevelCount { get; }

    /// <summary>True when a rule reads the blanks or the void marks (a places rule); the others read only the levels.</summary>
    internal bool NeedsBlanks { get; }

    /// <summary>
    /// True when the rules need only two counts per ballot to be screened in the lean kernel (<see cref="Kernels.PairedRowCounter"/>):
    /// every rule is a count rule on one level or identical marks, at most two levels are capped, and the scale has at
    /// least two levels. A capped level's count decides its rule exactly; identical marks are impossible on a ballot that
    /// holds two different levels, so the ballots that lack one of the pair's levels are the only ones looked at closer.
    /// </summary>
    internal bool PairsSuffice { get; }

    /// <summary>The form's rules as histogram tests, or null when some rule needs more than the histogram (see the class).</summary>
    internal static HistogramRules? For(BallotForm form, int graded)
    {
        var rules = form.ValidityRules;
        if (rules.IsEmpty || rules.Any(r => r.Scope != VoidScope.Ballot || r.Kind == BallotRuleKind.OverallInconsistent))
        {
            return null;
        }

        var criterion = rules[0].CriterionIndex(form);
        var levels = criterion < 0 ? int.MaxValue : form.Criteria[criterion].Scale.LevelCount;
        return criterion < 0 || levels > 29 || rules.Any(r => r.CriterionIndex(form) != criterion) ? null : new HistogramRules(form, criterion, graded);
    }

    /// <summary>The index of the first rule that fires on a ballot with this histogram of its criterion's marks, or −1.</summary>
    /// <param name="histogram">Blanks, then levels 1…<see cref="LevelCount"/>, then void marks.</param>
    internal int FirstFiring(ReadOnlySpan<int> histogram)
    {
        int valid = 0, most = 0;
        if (anyIdentical)
        {
            for (var level = 1; level <= LevelCount; level++)
            {
                valid += histogram[level];
                most = Math.Max(most, histogram[level]);
            }
        }

        for (var index = 0; index < entries.Length; index++)
        {
            bool fires;
            if (identical[index])
            {
                // All valid marks alike: one level holds them all (none at all counts as alike, as in the per-rule check).
                fires = valid > thresholds[index] && most == valid;
            }
            else
            {
                var sum = 0;
                for (var bits = entries[index]; bits != 0; bits &= bits - 1)
                {
                    sum += histogram[BitOperations.TrailingZeroCount(bits)];
                }

                fires = sum > thresholds[index];
            }

            if (fires)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>
    /// The rows of a chunk on which some rule fires (bit <c>r</c>: row <c>r</c>), <see cref="FirstFiring"/> on 16 rows at a
    /// time: each rule's sum (or an identical-marks rule's valid and most) is a few byte additions over the rows' histograms.
    /// </summary>
    /// <param name="histograms">Code-major, <paramref name="stride"/> bytes per code: row <c>r</c>'s count of code <c>c</c> at <c>c × stride + r</c>.</param>
    /// <param name="rows">The rows, at most <paramref name="stride"/>, which is at most 64 and a multiple of 16.</param>
    /// <param name="stride">The bytes per code.</param>
    internal ulong Firing(ReadOnlySpan<byte> histograms, int rows, int stride)
    {
        var fired = 0UL;
        for (var at = 0; at < rows; at += Vector128<byte>.Count)
        {
            Vector128<byte> valid = default, most = default, any = default;
            if (anyIdentical)
            {
                for (var level = 1; level <= LevelCount; level++)
                {
                    var count = Vector128.Create(histograms.Slice((level * stride) + at, Vector128<byte>.Count));
                    valid += count;
                    most = Vector128.Max(most, count);
                }
            }

            for (var index = 0; index < entries.Length; index++)
            {
                // Counts and their sums are at most 64 (the lanes of a row), so a threshold outside 0…254 decides alone.
                var threshold = thresholds[index];
                Vector128<byte> fires;
                if (threshold < 0 || threshold > byte.MaxValue - 1)
                {
                    fires = threshold < 0 ? Vector128<byte>.AllBitsSet : default;
                }
                else if (identical[index])
                {
                    fires = Vector128.GreaterThan(valid, Vector128.Create((byte)threshold)) & Vector128.Equals(most, valid);
                }
                else
                {
                    Vector128<byte> sum = default;
                    for (var bits = entries[index]; bits != 0; bits &= bits - 1)
                    {
                        sum += Vector128.Create(histograms.Slice((BitOperations.TrailingZeroCount(bits) * stride) + at, Vector128<byte>.Count));
                    }

                    fires = Vector128.GreaterThan(sum, Vector128.Create((byte)threshold));
                }

                any |= fires;
            }

            fired |= (ulong)any.ExtractMostSignificantBits() << at;
        }

        return rows >= 64 ? fired : fired & ((1UL << rows) - 1);
    }

    /// <summary>
    /// The two levels the lean kernel counts per ballot: the capped levels, completed by the levels marked most often on
    /// <paramref name="lanes"/> in the first rows of <paramref name="nextRows"/>, so that few ballots lack either (only those
    /// are looked at closer for identical marks). Any choice is exact; this one keeps the closer looks rare.
    /// </summary>
    /// <param name="nextRows">The next rows, row-major.</param>
    /// <param name="columnCount">Columns per row.</param>
    /// <param name="lanes">The rules' columns.</param>
    internal (byte First, byte Second) PairCodes(ReadOnlySpan<byte> nextRows, int columnCount, ulong lanes)
    {
        if (fixedSecond != 0)
        {
            return (fixedFirst, fixedSecond);
        }

        Span<int> marked = stackalloc int[LevelCount + 1];
        for (var row = 0; row < SampledRows && (row + 1) * columnCount <= nextRows.Length; row++)
        {
            var codes = nextRows.Slice(row * columnCount, columnCount);
            for (var left = lanes; left != 0; left &= left - 1)
            {
                var code = codes[BitOperations.TrailingZeroCount(left)];
                marked[code >= 1 && code <= LevelCount ? code : 0]++;
            }
        }

        var first = fixedFirst != 0 ? fixedFirst : MostMarked(marked, 0);
        var second = MostMarked(marked, first);
        return (first, second == 0 ? first : second);
    }

    /// <summary>
    /// The rows of a chunk that the lean pair cannot clear (bit <c>r</c>: row <c>r</c>): those on which a count rule fires,
    /// and, when a rule is identical marks, those that lack one of the pair's levels. Sixteen rows at a time.
    /// </summary>
    /// <param name="firstCounts">Per row, how many of the rules' marks hold <paramref name="first"/>.</param>
    /// <param name="secondCounts">Per row, how many hold <paramref name="second"/>.</param>
    /// <param name="first">The first level counted (see <see cref="PairCodes"/>).</param>
    /// <param name="second">The second level counted.</param>
    /// <param name="rows">The chunk's rows, at most <see cref="Kernels.FilteredRowCounter.ChunkRows"/>; both count spans have that many entries.</param>
    internal ulong Suspects(ReadOnlySpan<byte> firstCounts, ReadOnlySpan<byte> secondCounts, byte first, byte second, int rows)
    {
        var a = firstCounts[..Kernels.FilteredRowCounter.ChunkRows];
        var b = secondCounts[..Kernels.FilteredRowCounter.ChunkRows];
        var suspects = 0UL;
        for (var at = 0; at < rows; at += Vector128<byte>.Count)
        {
            var inFirst = Vector128.Create(a.Slice(at, Vector128<byte>.Count));
            var inSecond = Vector128.Create(b.Slice(at, Vector128<byte>.Count));
            var any = anyIdentical ? Vector128.Equals(inFirst, default) | Vector128.Equals(inSecond, default) : default;
            for (var index = 0; index < pairLevels.Length; index++)
            {
                var level = pairLevels[index];
                if (level == 0)
                {
                    continue;
                }

                // Counts are at most 64 (the lanes of a row), so a threshold outside 0…254 decides alone.
                var threshold = thresholds[index];
                any |= threshold < 0 ? Vector128<byte>.AllBitsSet
                    : threshold > byte.MaxValue - 1 ? default
                    : Vector128.GreaterThan(level == first ? inFirst : inSecond, Vector128.Create((byte)threshold));
            }

            suspects |= (ulong)any.ExtractMostSignificantBits() << at;
        }

        return rows >= 64 ? suspects : suspects & ((1UL << rows) - 1);
    }

    // The level 1…LevelCount marked most (the lowest on a tie), other than except; 0 when there is none.
    private byte MostMarked(ReadOnlySpan<int> marked, int except)
    {
        byte most = 0;
        for (var level = 1; level <= LevelCount; level++)
        {
            if (level != except && (most == 0 || marked[level] > marked[most]))
            {
                most = (byte)level;
            }
        }

        return most;
    }

    // The largest count c in 0…graded with c × denominator ≤ numerator × graded (a form's share is checked to lie in
    // [0, 1] with a positive denominator, so this is the floor of the share of graded).
    private static int LargestNotAbove(int numerator, int denominator, int graded) =>
        denominator > 0 ? (int)Math.Min(graded, (long)numerator * graded / denominator) : graded;
}
