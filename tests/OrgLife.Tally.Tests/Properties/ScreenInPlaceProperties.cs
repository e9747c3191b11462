using FsCheck;
using FsCheck.Fluent;
using OrgLife.Grades;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Kernels;
using OrgLife.Tally.Merging;

namespace OrgLife.Tally.Tests.Properties;

/// <summary>
/// Issue 12 (10): the box screens coded rows where they lie — in the counting kernel's own pass, one histogram of the
/// rules' criterion per row, when a row fits one register and the form has at most four levels; else row by row,
/// counting each ballot's marks for the rules 32 at a time, and counting runs of accepted rows straight from the
/// caller's memory. Against plain references: the vector counts against one code at a time, the chunk's rule test
/// against the rules one histogram at a time, and the box against the rules applied by hand to the rows, with the
/// voided and rejected rows then left out of a box without rules.
/// </summary>
public sealed class ScreenInPlaceProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200);

    // Codes as coded rows carry them: mostly blanks and the four levels, some out of scale (void) up to 255.
    private static readonly Gen<byte> Code = Gen.Frequency(
        (3, Gen.Constant((byte)0)), (12, Gen.Choose(1, 4).Select(c => (byte)c)), (1, Gen.Choose(5, 255).Select(c => (byte)c)));

    [Fact]
    public void Row_code_counts_with_vectors_equal_one_code_at_a_time()
    {
        var gen =
            from length in Gen.Choose(0, 140)
            from codes in Gen.ArrayOf(Code, length)
            from levelCount in Gen.Frequency((6, Gen.Choose(1, 6)), (1, Gen.Choose(1, 254)))
            from levels in Gen.SubListOf(Enumerable.Range(1, Math.Min(levelCount, 6)).ToArray())
            from identicalRun in Gen.Elements(false, true)
            select (codes: identicalRun ? codes.Select(c => c is > 0 and <= 4 ? (byte)2 : c).ToArray() : codes, levelCount, levels: levels.Select(l => (byte)l).ToArray());
        Check.One(Quick, Prop.ForAll(gen.ToArbitrary(), c =>
            RowCodeCounts.Of(c.codes, c.levelCount, c.levels) == RowCodeCounts.Scalar(c.codes, c.levelCount, c.levels)));
    }

    // Forms whose rules void whole ballots: four grades; three levels (codes 4 and up void); a 不了解 box (a valid level,
    // not a blank); the overall grade after a 好/一般/差 item (the rules' columns are every other one); and a committee
    // criterion after the candidates' columns (not the rules' lanes).
    private static readonly BallotForm[] Forms =
    [
        BallotForms.FourGrades,
        BallotForms.GoodFairPoor,
        new("不了解", [new Criterion("总体评价", Scale.Custom([new("好", "good", Grade.Excellent), new("一般", "fair", Grade.Qualified), new("差", "poor", Grade.Unqualified), new("不了解", "unknown", IsNonOpinion: true)]), IsOverall: true)], [new VoterCategory("党员")]),
        new("两项", [new Criterion("作风", Scale.GoodFairPoor), new Criterion("总体评价", Scale.FourGrades, IsOverall: true)], [new VoterCategory("党员")]),
        new("班子", BallotForms.FourGrades.Criteria, BallotForms.FourGrades.VoterCategories, [new Criterion("支部班子", Scale.Satisfaction)]),
    ];

    [Fact]
    public void Coded_rows_screened_in_place_equal_the_rules_applied_by_hand()
    {
        var rules = new[]
        {
            BallotValidityRule.AtMostCount("优秀超过2人", [1], 2),
            BallotValidityRule.AtMostShare("优秀超过三分之一", [1], 1, 3),
            BallotValidityRule.AtLeastCount("两个以上差评", [2, 3], 2),
            BallotValidityRule.AllIdentical("全部相同"),
            BallotValidityRule.MoreMarkedThanPlaces("超过名额", 20),
            BallotValidityRule.AtMostCount("无上限", [1], 1000),
            BallotValidityRule.AllIdentical("至少三人相同", 3),
        };
        var gen =
            from plain in Gen.Elements(Forms)
            from graded in Gen.Frequency((4, Gen.Choose(1, 70)), (1, Gen.Elements(31, 32, 33, 63, 64, 65)))
            from ballots in Gen.Frequency((4, Gen.Choose(0, 40)), (1, Gen.Choose(60, 300)))
            from codes in Gen.ArrayOf(Code, new BallotBox(plain, TestForms.Candidates(graded), 0).ColumnCount * ballots)
            from identicalRows in Gen.Elements(false, true)
            from chosen in Gen.SubListOf(rules)
            from serials in Gen.Frequency(
                (1, Gen.Constant<string[]?>(null)),
                (1, Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(string.Empty)), (8, Gen.Choose(0, 400).Select(i => $"S{i}"))), ballots).Select(s => (string[]?)s)))
            select (plain, graded, ballots, codes: identicalRows ? codes.Select(c => c is > 0 and <= 4 ? (byte)2 : c).ToArray() : codes, chosen: chosen.ToArray(), serials);
        Check.One(Quick, Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var plain = c.plain;
            var ruled = new BallotForm(plain.Name, plain.Criteria, plain.VoterCategories, plain.CommitteeCriteria) { ValidityRules = [.. c.chosen] };
            var candidates = TestForms.Candidates(c.graded);
            var screened = new BallotBox(ruled, candidates, 1000);
            var width = screened.ColumnCount;
            var criterion = plain.DefaultCriterionIndex;
            var levelCount = plain.Criteria[criterion].Scale.LevelCount;
            var outcome = screened.AddCodedBlock("党员", c.codes, c.serials);

            // By hand: a row is rejected for its serial first (missing, or seen before), then voided by the first rule that fires.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var kept = new List<byte>();
            var taken = new List<byte>();
            var byRule = new long[c.chosen.Length];
            var rejected = 0;
            for (var row = 0; row < c.ballots; row++)
            {
                var codes = c.codes.AsSpan(row * width, width).ToArray();
                if (c.serials is { } s && (s[row].Length == 0 || !seen.Add(s[row])))
                {
                    rejected++;
                    continue;
                }

                taken.AddRange(codes);
                var marks = Enumerable.Range(0, c.graded).Select(candidate => codes[screened.CandidateColumn(candidate, criterion)]).ToArray();
                var fired = Array.FindIndex(c.chosen, rule => FiresByHand(rule, marks, levelCount));
                if (fired >= 0)
                {
                    byRule[fired]++;
                }
                else
                {
                    kept.AddRange(codes);
                }
            }

            var expected = Tally(plain, candidates, kept);
            var without = Tally(plain, candidates, taken);
            var tally = screened.ToTally();
            return outcome.Accepted == kept.Count / width
                && outcome.Voided == byRule.Sum()
                && outcome.Rejections.Length == rejected
                && tally.CountsOf(0).SequenceEqual(expected.CountsOf(0))
                && tally.VoidedBallotsByRule.SequenceEqual(byRule)
                && tally.WithoutValidityRules().CountsOf(0).SequenceEqual(without.CountsOf(0))
                && tally.WithoutValidityRules().Accepted == taken.Count / width;
        }));
    }

    [Fact]
    public void The_rule_test_on_a_chunk_of_rows_fires_where_the_rules_one_histogram_at_a_time_fire()
    {
        var rules = new[]
        {
            BallotValidityRule.AtMostCount("优秀超过2人", [1], 2),
            BallotValidityRule.AtMostShare("优秀超过三分之一", [1], 1, 3),
            BallotValidityRule.AtLeastCount("两个以上差评", [2, 3], 2),
            BallotValidityRule.AllIdentical("全部相同"),
            BallotValidityRule.MoreMarkedThanPlaces("超过名额", 5),
            BallotValidityRule.MoreMarkedThanPlaces("无名额", 0),
        };
        var gen =
            from plain in Gen.Elements(Forms)
            from graded in Gen.Choose(1, 64)
            from rows in Gen.Choose(1, 64)
            from codes in Gen.ArrayOf(Code, graded * rows)
            from identicalRows in Gen.Elements(false, true)
            from chosen in Gen.NonEmptyListOf(Gen.Elements(rules))
            select (plain, graded, rows, codes: identicalRows ? codes.Select(c => c is > 0 and <= 4 ? (byte)3 : c).ToArray() : codes, chosen: chosen.Distinct().ToArray());
        Check.One(Quick, Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var form = new BallotForm(c.plain.Name, c.plain.Criteria, c.plain.VoterCategories, c.plain.CommitteeCriteria) { ValidityRules = [.. c.chosen] };
            var tests = HistogramRules.For(form, c.graded)!;
            const int Stride = 64;
            var histograms = new byte[(tests.LevelCount + 2) * Stride];
            var one = new int[c.rows][];
            for (var row = 0; row < c.rows; row++)
            {
                one[row] = new int[tests.LevelCount + 2];
                foreach (var code in c.codes.AsSpan(row * c.graded, c.graded))
                {
                    one[row][Math.Min((int)code, tests.LevelCount + 1)]++;
                }

                for (var code = 0; code < one[row].Length; code++)
                {
                    histograms[(code * Stride) + row] = (byte)one[row][code];
                }
            }

            var firing = tests.Firing(histograms, c.rows, Stride);
            return Enumerable.Range(0, c.rows).All(row => ((firing >> row) & 1) == (tests.FirstFiring(one[row]) >= 0 ? 1UL : 0UL))
                && (c.rows == 64 || firing >> c.rows == 0);
        }));
    }

    [Fact]
    public void The_lean_kernel_voids_and_counts_what_the_whole_histogram_kernel_voids_and_counts()
    {
        // Rules the lean pair takes (count rules on one level, identical marks), and one it does not (two levels).
        var rules = new[]
        {
            BallotValidityRule.AtMostCount("优秀超过2人", [1], 2),
            BallotValidityRule.AtMostShare("优秀超过三分之一", [1], 1, 3),
            BallotValidityRule.AtLeastCount("两个以上差", [3], 2),
            BallotValidityRule.AtMostCount("合格超过一半", [2], 10),
            BallotValidityRule.AllIdentical("全部相同"),
            BallotValidityRule.AllIdentical("至少三人相同", 3),
            BallotValidityRule.AtLeastCount("两个以上差评", [2, 3], 2),
        };
        var gen =
            from plain in Gen.Elements(Forms[..3])
            from graded in Gen.Frequency((4, Gen.Choose(1, 64)), (1, Gen.Elements(15, 16, 17, 31, 32, 33, 63, 64)))
            from rows in Gen.Frequency((4, Gen.Choose(0, 70)), (1, Gen.Choose(120, 500)))
            from codes in Gen.ArrayOf(Code, graded * rows)
            from identicalRows in Gen.Elements(false, true)
            from same in Gen.Choose(1, 3)
            from chosen in Gen.NonEmptyListOf(Gen.Elements(rules))
            select (plain, graded, codes: identicalRows ? codes.Select((c, i) => c is > 0 and <= 4 && i % 17 != 0 ? (byte)same : c).ToArray() : codes, chosen: chosen.Distinct().ToArray());
        Check.One(Quick, Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var form = new BallotForm(c.plain.Name, c.plain.Criteria, c.plain.VoterCategories) { ValidityRules = [.. c.chosen] };
            var tests = HistogramRules.For(form, c.graded)!;
            if (!tests.PairsSuffice)
            {
                return c.chosen.Any(r => r.Levels.Length > 1) || c.chosen.Select(r => r.Levels.IsDefaultOrEmpty ? 0 : r.Levels[0]).Distinct().Count(l => l != 0) > 2 || tests.LevelCount < 2;
            }

            var levels = tests.LevelCount;
            var lanes = c.graded == 64 ? ulong.MaxValue : (1UL << c.graded) - 1;
            var expected = new long[c.graded * (levels + 2)];
            var voidedByHistogram = new List<(int Row, int Rule)>();
            var whole = new HistogramRuleFilter(tests, voidedByHistogram);
            var expectedRows = FilteredRowCounter.CountScalar(c.codes, c.graded, levels, expected, lanes, levels, true, ref whole);
            bool Agrees(Func<long[], List<(int Row, int Rule)>, int> lean)
            {
                var actual = new long[expected.Length];
                var voided = new List<(int Row, int Rule)>();
                return lean(actual, voided) == expectedRows && actual.SequenceEqual(expected) && voided.SequenceEqual(voidedByHistogram);
            }

            return Agrees((counts, voided) =>
                {
                    var filter = new PairRuleFilter(tests, lanes, c.graded, voided);
                    return PairedRowCounter.Count(c.codes, c.graded, levels, counts, lanes, ref filter);
                })
                && (c.graded > 16 || Agrees((counts, voided) =>
                {
                    var filter = new PairRuleFilter(tests, lanes, c.graded, voided);
                    return PairedRowCounter.Count128(c.codes, c.graded, levels, counts, lanes, ref filter);
                }))
                && (c.graded > 32 || Agrees((counts, voided) =>
                {
                    var filter = new PairRuleFilter(tests, lanes, c.graded, voided);
                    return PairedRowCounter.Count256(c.codes, c.graded, levels, counts, lanes, ref filter);
                }));
        }));
    }

    private static AssessmentTally Tally(BallotForm form, AssessmentCandidates candidates, List<byte> rows)
    {
        var box = new BallotBox(form, candidates, 1000);
        if (rows.Count > 0)
        {
            box.AddCodedBlock("党员", rows.ToArray());
        }

        return box.ToTally();
    }

    // A rule on one ballot's marks on its criterion, one per graded candidate (0 blank, 1…levelCount a level, above void).
    private static bool FiresByHand(BallotValidityRule rule, byte[] marks, int levelCount)
    {
        var valid = marks.Where(code => code >= 1 && code <= levelCount).ToList();
        var inLevels = valid.Count(code => rule.Levels.Contains(code));
        return rule.Kind switch
        {
            BallotRuleKind.AtMostCount => inLevels > rule.Count,
            BallotRuleKind.AtMostShare => (long)inLevels * rule.ShareDenominator > (long)rule.ShareNumerator * marks.Length,
            BallotRuleKind.AtLeastCount => inLevels >= rule.Count,
            BallotRuleKind.AllIdentical => valid.Count >= rule.Count && valid.Distinct().Count() <= 1,
            _ => marks.Count(code => code != 0) > rule.Count,
        };
    }
}
