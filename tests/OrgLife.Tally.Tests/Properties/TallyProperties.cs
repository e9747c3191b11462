using FsCheck;
using FsCheck.Fluent;
using OrgLife.Grades;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Properties;

public sealed class TallyProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(100);

    private static void Check<T>(Gen<T> gen, Func<T, bool> property) => FsCheck.Check.One(Quick, Prop.ForAll(gen.ToArbitrary(), property));

    [Fact]
    public void Tallying_two_piles_together_equals_merging_their_tallies()
    {
        Check(Gen.Two(BallotGenerators.Ballots), pair =>
        {
            var (a, b) = pair;
            var together = BallotGenerators.Box(a.Concat(b), issued: 100).ToTally();
            var merged = BallotGenerators.Box(a, issued: 60).ToTally().Merge(BallotGenerators.Box(b, issued: 40, firstSerial: a.Length).ToTally());
            return together.Equals(merged);
        });
    }

    [Fact]
    public void Merging_is_associative_and_commutative_with_the_empty_tally_as_identity()
    {
        Check(Gen.Three(BallotGenerators.Ballots), triple =>
        {
            var (a, b, c) = triple;
            var ta = BallotGenerators.Box(a, issued: 5).ToTally();
            var tb = BallotGenerators.Box(b, issued: 7, firstSerial: 100).ToTally();
            var tc = BallotGenerators.Box(c, issued: 9, firstSerial: 200).ToTally();
            var empty = AssessmentTally.Empty(BallotGenerators.Form, TestForms.Candidates(BallotGenerators.Graded, 1));
            return ta.Merge(tb).Merge(tc).Equals(ta.Merge(tb.Merge(tc)))
                && ta.Merge(tb).Equals(tb.Merge(ta))
                && ta.Merge(empty).Equals(ta) && empty.Merge(ta).Equals(ta);
        });
    }

    [Fact]
    public void The_order_of_ballots_does_not_matter()
    {
        var gen = BallotGenerators.Ballots.SelectMany(ballots => Gen.Shuffle(ballots.Select((b, i) => (b, i))).Select(shuffled => (ballots, shuffled)));
        Check(gen, pair =>
        {
            var ordered = new BallotBox(BallotGenerators.Form, TestForms.Candidates(BallotGenerators.Graded, 1), 100, 5);
            ordered.SubmitAll(pair.ballots.Select((b, i) => BallotGenerators.ToBallot(b, $"S{i}", BallotGenerators.Form)));
            var shuffled = new BallotBox(BallotGenerators.Form, TestForms.Candidates(BallotGenerators.Graded, 1), 100, 3);
            shuffled.SubmitAll(pair.shuffled.Select(x => BallotGenerators.ToBallot(x.b, $"S{x.i}", BallotGenerators.Form)));
            return ordered.ToTally().Equals(shuffled.ToTally());
        });
    }

    [Fact]
    public void Per_column_levels_abstentions_and_void_marks_add_up_to_the_accepted_ballots()
    {
        Check(BallotGenerators.Ballots, ballots =>
        {
            var report = BallotGenerators.Box(ballots).Report(options: new OrgLife.Tally.Reports.ReportOptions { MinimumCategoryBallots = 1 });
            var columns = report.Candidates.SelectMany(c => c.Criteria).Concat(report.Committee).ToList();
            return columns.All(c => c.Combined.ValidMarks + c.Combined.Abstentions + c.Combined.VoidMarks == report.Accepted
                && c.ByCategory.Select((k, i) => k.ValidMarks + k.Abstentions + k.VoidMarks == report.Categories[i].Accepted).All(ok => ok));
        });
    }

    [Fact]
    public void A_multi_criteria_tally_equals_the_tallies_of_each_criterion_alone()
    {
        Check(BallotGenerators.Ballots, ballots =>
        {
            var whole = BallotGenerators.Box(ballots).Report();
            for (var criterion = 0; criterion < BallotGenerators.Form.Criteria.Length; criterion++)
            {
                var single = new BallotForm("单项", [BallotGenerators.Form.Criteria[criterion]], BallotGenerators.Form.VoterCategories);
                var box = new BallotBox(single, TestForms.Candidates(BallotGenerators.Graded, 1), 1000);
                box.SubmitAll(ballots.Select((b, i) => BallotGenerators.ToBallot(b, $"S{i}", single, criterion)));
                var alone = box.Report();
                for (var candidate = 0; candidate < BallotGenerators.Graded; candidate++)
                {
                    var expected = whole.Candidates[candidate].Criteria[criterion];
                    var actual = alone.Candidates[candidate].Criteria[0];
                    if (!SameCounts(expected.Combined, actual.Combined) || !expected.ByCategory.Zip(actual.ByCategory).All(p => SameCounts(p.First, p.Second))
                        || expected.SuggestedGrade != actual.SuggestedGrade)
                    {
                        return false;
                    }
                }
            }

            return true;
        });
    }

    [Fact]
    public void Category_tallies_add_up_to_the_total()
    {
        Check(BallotGenerators.Ballots, ballots =>
        {
            var report = BallotGenerators.Box(ballots).Report(options: new OrgLife.Tally.Reports.ReportOptions { MinimumCategoryBallots = 1 });
            return report.Candidates.SelectMany(c => c.Criteria).Concat(report.Committee).All(c =>
                c.Combined.Abstentions == c.ByCategory.Sum(k => k.Abstentions)
                && c.Combined.VoidMarks == c.ByCategory.Sum(k => k.VoidMarks)
                && c.Combined.LevelCounts.Select((n, level) => n == c.ByCategory.Sum(k => k.LevelCounts[level])).All(ok => ok))
                && report.Accepted == report.Categories.Sum(k => k.Accepted);
        });
    }

    [Fact]
    public void Weights_of_one_for_every_category_give_the_unweighted_result()
    {
        var unitWeights = new BallotForm("权重为一", BallotGenerators.Form.Criteria, [new VoterCategory("党员", 1m), new VoterCategory("群众代表", 1m)], BallotGenerators.Form.CommitteeCriteria);
        var rules = new[]
        {
            SuggestionRule.Default,
            SuggestionRule.Default with { Thresholds = [SuggestionThreshold.WhenGradeShareAtLeast(Grade.Unqualified, 0.25m, Grade.Unqualified), SuggestionThreshold.WhenLevelShareAtLeast(1, 0.6m, Grade.Excellent)] },
        };
        Check(BallotGenerators.Ballots, ballots =>
        {
            var box = new BallotBox(unitWeights, TestForms.Candidates(BallotGenerators.Graded, 1), 1000);
            box.SubmitAll(BallotGenerators.ToBallots(ballots, form: unitWeights));
            var tally = box.ToTally();
            return rules.All(rule =>
            {
                var plain = tally.ToReport(rule).Candidates.Select(c => c.SuggestedGrade);
                var weighted = tally.ToReport(rule with { CombineCategoriesByWeight = true }).Candidates.Select(c => c.SuggestedGrade);
                return plain.SequenceEqual(weighted);
            });
        });
    }

    [Fact]
    public void Score_bands_are_accepted_exactly_when_they_give_each_score_one_grade()
    {
        var bandGen =
            from min in Gen.Choose(-20, 20)
            from max in Gen.Choose(min, min + 30)
            from count in Gen.Choose(1, 5)
            from bands in Gen.ArrayOf(
                from low in Gen.Choose(min - 2, max + 2)
                from width in Gen.Choose(0, 15)
                from grade in Gen.Elements(Grade.Excellent, Grade.Qualified, Grade.BasicallyQualified, Grade.Unqualified)
                select new ScoreBand(low, low + width, grade),
                count)
            select (min, max, bands);
        var partitionGen =
            from min in Gen.Choose(-20, 20)
            from max in Gen.Choose(min, min + 253)
            from cuts in Gen.SubListOf(Enumerable.Range(min + 1, max - min))
            select (min, max, Partition(min, max, cuts));

        // A partition with one band widened (an overlap, or a band past the range) or narrowed (a gap).
        var nearMissGen =
            from partition in partitionGen
            from index in Gen.Choose(0, partition.Item3.Length - 1)
            from widen in Gen.Elements(true, false)
            select (partition.min, partition.max, partition.Item3.Select((b, i) => i != index ? b : widen ? b with { Max = b.Max + 1 } : b with { Min = b.Min + 1 }).ToArray());

        Check(Gen.OneOf(bandGen, partitionGen, nearMissGen), input =>
        {
            var (min, max, bands) = input;
            var oneBandEach = Enumerable.Range(min, max - min + 1).All(score => bands.Count(b => b.Contains(score)) == 1)
                && bands.All(b => b.Min >= min && b.Max <= max);
            try
            {
                var scale = Scale.ScoreRange(min, max, bands);
                return oneBandEach && Enumerable.Range(min, max - min + 1).All(score => scale.GradeOfScore(score) == bands.Single(b => b.Contains(score)).Grade);
            }
            catch (BallotFormException)
            {
                return !oneBandEach;
            }
        });
    }

    private static ScoreBand[] Partition(int min, int max, IEnumerable<int> cuts)
    {
        var starts = new[] { min }.Concat(cuts.Order()).ToArray();
        return [.. starts.Select((start, i) => new ScoreBand(start, i + 1 < starts.Length ? starts[i + 1] - 1 : max, (Grade)((i % 4) + 1)))];
    }

    private static bool SameCounts(ColumnCounts left, ColumnCounts right) =>
        left.LevelCounts.SequenceEqual(right.LevelCounts) && left.Abstentions == right.Abstentions && left.VoidMarks == right.VoidMarks
        && left.Shares.SequenceEqual(right.Shares) && left.LeadingLevel == right.LeadingLevel;
}
