using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using OrgLife.Grades;
using OrgLife.Tally.Box;
using OrgLife.Tally.Formats;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Kernels;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Forms;

/// <summary>One-decimal scores 0.0–100.0 (issue 12 item 2): exact counts through the box's two-byte code path, exact means.</summary>
public sealed class OneDecimalScoreTests
{
    private const string FormJson = """
        { "name": "百分制（一位小数）",
          "criteria": [ { "name": "总体评价", "overall": true, "scale": { "kind": "score", "decimals": 1, "min": 0, "max": 100, "bands": [
            { "min": 90, "max": 100, "grade": "优秀" }, { "min": 75, "max": 89.9, "grade": "合格" },
            { "min": 60, "max": 74.9, "grade": "基本合格" }, { "min": 0, "max": 59.9, "grade": "不合格" } ] } } ],
          "voterCategories": [ { "name": "党员" } ] }
        """;

    private static readonly BallotForm Form = BallotFormJson.Parse(FormJson);

    private static readonly SuggestionRule ByMean = SuggestionRule.Default with { Grading = new ScoreGrading() };

    private static BallotBox Box(int graded, params string[][] ballots)
    {
        var box = new BallotBox(Form, TestForms.Candidates(graded), ballots.Length);
        for (var b = 0; b < ballots.Length; b++)
        {
            box.Submit(new Ballot($"S{b}", null, [.. ballots[b].Select((score, c) => Mark.Of($"m{c + 1}", null, score))]));
        }

        return box;
    }

    private static SuggestionOutcome Outcome(BallotBox box, SuggestionRule rule, int candidate = 0) => box.ToTally().ToReport(rule).Candidates[candidate].Outcome!;

    [Fact]
    public void The_form_reads_one_decimal_bounds_as_tenths_and_writes_them_back()
    {
        var scale = Form.Criteria[0].Scale;
        Assert.Equal((0, 1000, 1, 1001), (scale.ScoreMin, scale.ScoreMax, scale.Decimals, scale.LevelCount));
        Assert.Equal(new ScoreBand(750, 899, Grade.Qualified), scale.Bands[1]);
        Assert.Equal("89.5", scale.LevelName(896));
        Assert.Equal(89.5m, scale.PointsOf(896));
        Assert.Equal(Form, BallotFormJson.Parse(BallotFormJson.Serialize(Form)));
        Assert.Equal(scale, Scale.TenthsRange(0, 1000, [new(900, 1000, Grade.Excellent), new(750, 899, Grade.Qualified), new(600, 749, Grade.BasicallyQualified), new(0, 599, Grade.Unqualified)]));
    }

    [Fact]
    public void A_bound_with_two_decimals_or_a_decimal_on_a_whole_scale_is_refused_naming_its_path()
    {
        var twoDecimals = Assert.Throws<BallotFormException>(() => BallotFormJson.Parse(FormJson.Replace("89.9", "89.95", StringComparison.Ordinal)));
        var whole = Assert.Throws<BallotFormException>(() => BallotFormJson.Parse(FormJson.Replace("\"decimals\": 1, ", string.Empty, StringComparison.Ordinal)));
        var three = Assert.Throws<BallotFormException>(() => BallotFormJson.Parse(FormJson.Replace("\"decimals\": 1", "\"decimals\": 2", StringComparison.Ordinal)));

        Assert.Contains("criteria[0].scale.bands[1].max", twoDecimals.Message, StringComparison.Ordinal);
        Assert.Contains("\"decimals\": 1", whole.Message, StringComparison.Ordinal);
        Assert.Contains("0 or 1 decimals", three.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_are_read_to_one_decimal_exactly_and_anything_else_is_a_void_mark()
    {
        var box = Box(9, ["89.5", "90", "90.0", "100.1", "89.55", ".5", "5.", " 90", "1e2"]);
        var columns = box.ToTally().ToReport(ByMean).Candidates.Select(c => c.Criteria[0].Combined).ToList();

        Assert.Equal(1, columns[0].LevelCounts[895]);
        Assert.Equal(1, columns[1].LevelCounts[900]);
        Assert.Equal(1, columns[2].LevelCounts[900]);
        Assert.All(columns.Skip(3), c => Assert.Equal(1, c.VoidMarks));
        var problems = box.Submit(new Ballot("again", null, [Mark.Of("m1", null, "100.1"), Mark.Of("m2", null, "89.55")])).VoidMarks;
        Assert.Equal([MarkProblemCode.ScoreOutOfRange, MarkProblemCode.UnknownLevel], problems.Select(p => p.Code));
        Assert.Contains("outside the score range 0.0–100.0", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Band_edges_89_95_is_qualified_by_the_exact_mean_and_excellent_rounded_to_one_decimal()
    {
        var box = Box(1, ["89.9"], ["90.0"]);

        Assert.Equal((Grade.Qualified, 89.95m), (Outcome(box, ByMean).Grade, Outcome(box, ByMean).Value));
        var rounded = Outcome(box, ByMean with { Grading = new ScoreGrading { RoundToDecimals = 1 } });
        Assert.Equal((Grade.Excellent, 90.0m), (rounded.Grade, rounded.Value));
        Assert.Equal(Grade.Qualified, box.Report(SuggestionRule.Default).Candidates[0].SuggestedGrade); // band plurality: a tie, toward the less favourable
        Assert.Equal(89.95m, box.Report(SuggestionRule.Default).Candidates[0].Criteria[0].Combined.Scores!.Mean);
    }

    [Fact]
    public void Trimmed_means_of_one_decimal_scores_meet_the_band_edge_exactly()
    {
        var trimmed = new ScoreGrading { Trim = 1, TrimWhenMoreThan = 4 };
        var below = Box(1, ["100.0"], ["90.0"], ["89.9"], ["89.9"], ["0.0"]);    // (90.0 + 89.9 + 89.9) / 3 = 89.933…
        var at = Box(1, ["100.0"], ["90.0"], ["90.0"], ["90.0"], ["0.5"]);      // (90.0 × 3) / 3 = 90.0

        Assert.Equal(Grade.Qualified, Outcome(below, ByMean with { Grading = trimmed }).Grade);
        Assert.Equal(Grade.Excellent, Outcome(at, ByMean with { Grading = trimmed }).Grade);
        Assert.Equal(89.9m, Outcome(below, ByMean with { Grading = trimmed with { RoundToDecimals = 1 } }).Value);
        Assert.Equal(Grade.Qualified, Outcome(below, ByMean with { Grading = trimmed with { RoundToDecimals = 1 } }).Grade);
    }

    [Fact]
    public void The_csv_reader_counts_one_decimal_scores_as_submitted_ballots_do()
    {
        const string csv = "branch,ballot,candidate,grade\nB1,1,m1,89.9\nB1,1,m2,100\nB1,2,m1,90.0\nB1,2,m2,\"75.5\"\nB1,3,m1,89.95\nB1,3,m2,60\n";
        var read = Assert.Single(new CsvBallotReader(_ => new BallotBox(Form, TestForms.Candidates(2), 3)).Read(new StringReader(csv))).Tally;

        Assert.Equal(Box(2, ["89.9", "100"], ["90.0", "75.5"], ["89.95", "60"]).ToTally(), read);
    }

    [Fact]
    public void A_one_decimal_tally_goes_through_the_partial_rows_and_back_exactly()
    {
        var tally = Box(2, ["89.9", "100"], ["90.0", ""], ["0.1", "x"]).ToTally();

        var read = OrgLife.Tally.Partials.TallyRows.FromRows(Form, OrgLife.Tally.Partials.TallyRows.ToRows(tally));

        Assert.Equal(tally, read.Tally);
    }

    [Fact]
    public void A_validity_rule_reads_one_decimal_levels_and_compares_exact_scores()
    {
        var form = BallotFormJson.Parse(FormJson.Replace(
            "\"voterCategories\"",
            "\"validityRules\": [ { \"name\": \"打分全部相同\", \"kind\": \"allIdentical\" }, { \"name\": \"满分过多\", \"kind\": \"atMostCount\", \"levels\": [\"100.0\"], \"count\": 1 } ], \"voterCategories\"",
            StringComparison.Ordinal));
        var box = new BallotBox(form, TestForms.Candidates(2), 4);
        var same = box.Submit(new Ballot("1", null, [Mark.Of("m1", null, "88.5"), Mark.Of("m2", null, "88.5")]));
        var close = box.Submit(new Ballot("2", null, [Mark.Of("m1", null, "88.5"), Mark.Of("m2", null, "88.6")]));
        var full = box.Submit(new Ballot("3", null, [Mark.Of("m1", null, "100"), Mark.Of("m2", null, "100.0")]));

        Assert.Equal("打分全部相同", same.VoidedBy?.Name);
        Assert.Null(close.VoidedBy);
        Assert.Equal("打分全部相同", full.VoidedBy?.Name);
        Assert.Equal(1, box.ToTally().Accepted);
        Assert.Equal(3, box.ToTally().WithoutValidityRules().Accepted);
    }

    [Fact]
    public void Means_medians_bands_and_trimmed_means_equal_a_plain_reference_on_random_one_decimal_scores()
    {
        // A score in tenths, a blank (-1) or a void text (-2).
        var mark = Gen.Frequency((12, Gen.Choose(0, 1000)), (1, Gen.Constant(-1)), (1, Gen.Constant(-2)));
        var ballots = Gen.ArrayOf(Gen.ArrayOf(mark, 3)).Select(b => b.Take(40).ToArray());
        var grading = new ScoreGrading { Trim = 1, TrimWhenMoreThan = 3, RoundToDecimals = 6 };
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(150),
            Prop.ForAll(ballots.ToArbitrary(), generated =>
            {
                var box = Box(3, [.. generated.Select(b => b.Select(Text).ToArray())]);
                var report = box.ToTally().ToReport(ByMean with { Grading = grading });
                for (var c = 0; c < 3; c++)
                {
                    var scores = generated.Select(b => b[c]).Where(t => t >= 0).Select(t => t / 10m).Order().ToList();
                    var counts = report.Candidates[c].Criteria[0].Combined;
                    var reference = Reference(scores, grading);
                    if (counts.Scores!.Mean != (scores.Count == 0 ? null : scores.Sum() / scores.Count)
                        || counts.Scores.Median != (scores.Count == 0 ? null : (scores[(scores.Count - 1) / 2] + scores[scores.Count / 2]) / 2m)
                        || !counts.Scores.BandCounts.SequenceEqual([scores.Count(s => s >= 90m), scores.Count(s => s is >= 75m and < 90m), scores.Count(s => s is >= 60m and < 75m), scores.Count(s => s < 60m)])
                        || counts.VoidMarks != generated.Count(b => b[c] == -2)
                        || report.Candidates[c].Outcome!.Value != reference.Value
                        || report.Candidates[c].SuggestedGrade != reference.Grade)
                    {
                        return false;
                    }
                }

                return true;
            }));

        static string Text(int tenths) => tenths switch
        {
            -1 => string.Empty,
            -2 => "89.55",
            _ when tenths % 10 == 0 && tenths % 20 == 0 => (tenths / 10).ToString(CultureInfo.InvariantCulture),
            _ => (tenths / 10m).ToString("0.0", CultureInfo.InvariantCulture),
        };
    }

    // The plain reference: sort, drop k at each end when there are more than max(m, 2k) scores, average, round half away from zero, band.
    private static (decimal? Value, Grade? Grade) Reference(List<decimal> sorted, ScoreGrading grading)
    {
        if (sorted.Count == 0)
        {
            return (null, null);
        }

        var kept = sorted.Count > Math.Max(grading.TrimWhenMoreThan, 2 * grading.Trim) ? sorted.Skip(grading.Trim).Take(sorted.Count - (2 * grading.Trim)).ToList() : sorted;
        var value = Math.Round(kept.Sum() / kept.Count, grading.RoundToDecimals!.Value, MidpointRounding.AwayFromZero);
        return (value, value >= 90m ? Grade.Excellent : value >= 75m ? Grade.Qualified : value >= 60m ? Grade.BasicallyQualified : Grade.Unqualified);
    }

    [Fact]
    public void The_two_byte_counter_equals_the_scalar_kernel_on_the_same_codes()
    {
        var shape = from columns in Gen.Choose(1, 9)
                    from levels in Gen.Choose(1, 254)
                    from codes in Gen.ArrayOf(Gen.Frequency((6, Gen.Choose(0, levels)), (1, Gen.Constant(255)), (1, Gen.Choose(0, 254))))
                    select (columns, levels, codes: codes.Take(codes.Length / columns * columns).Select(c => (byte)c).ToArray());
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(200),
            Prop.ForAll(shape.ToArbitrary(), s =>
            {
                var expected = new long[s.columns * (s.levels + 2)];
                var actual = new long[expected.Length];
                ScalarMarkCounter.Count(s.codes, s.columns, s.levels, expected);
                // The same codes as two little-endian bytes each, void as 65535.
                WideMarkCounter.Count([.. s.codes.SelectMany(c => c == MarkCodes.Void ? new byte[] { 255, 255 } : [c, 0])], s.columns, s.levels, actual);
                return expected.SequenceEqual(actual);
            }));
    }
}
