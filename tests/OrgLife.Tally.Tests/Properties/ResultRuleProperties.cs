using FsCheck;
using FsCheck.Fluent;
using OrgLife.Grades;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Properties;

/// <summary>
/// Each result and validity rule kind against a plain scalar reference computed from the generated ballots
/// themselves (not from the tally's counters), and the stated identities between rules.
/// </summary>
public sealed class ResultRuleProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(150);

    // Shares with an exact small fraction: (decimal, numerator, denominator).
    private static readonly (decimal Share, long Numerator, long Denominator)[] Shares =
        [(0m, 0, 1), (0.25m, 1, 4), (0.3333m, 3333, 10000), (0.5m, 1, 2), (0.6m, 3, 5), (1m, 1, 1)];

    private static void Check<T>(Gen<T> gen, Func<T, bool> property) => FsCheck.Check.One(Quick, Prop.ForAll(gen.ToArbitrary(), property));

    private static BallotForm Form => BallotGenerators.Form;

    /// <summary>The level of a generated code on a criterion, 0 for a blank, −1 for a void.</summary>
    private static int LevelOf(int code, Criterion criterion) => code == 0 ? 0 : code < 0 || code > criterion.Scale.LevelCount ? -1 : code;

    /// <summary>The default rule's grade of a level on the six-criteria form (好/一般/差 → 合格/基本合格/不合格).</summary>
    private static Grade GradeOf(int level, Criterion criterion) => criterion.Scale.Kind == ScaleKind.FourGrades ? (Grade)level : (Grade)(level + 1);

    [Fact]
    public void Share_conditions_match_a_scalar_count_over_the_ballots()
    {
        var gen =
            from ballots in BallotGenerators.Ballots
            from comparison in Gen.Elements(Enum.GetValues<ShareComparison>())
            from share in Gen.Elements(Shares)
            from shareBase in Gen.Elements(ShareBase.ValidMarks, ShareBase.BallotsReturned, ShareBase.BallotsIssued, ShareBase.GradedMembers, ShareBase.MembersDue)
            from category in Gen.Choose(-1, 1)
            from criterion in Gen.Choose(0, Form.Criteria.Length - 1)
            from grades in Gen.SubListOf(Enum.GetValues<Grade>()).Where(g => g.Count > 0)
            from due in Gen.Choose(0, 80)
            select (ballots, comparison, share, shareBase, category, criterion, grades, due);
        Check(gen, c =>
        {
            var condition = ShareCondition.OfGrades(c.comparison, c.share.Share, c.shareBase, c.grades) with
            {
                Criterion = Form.Criteria[c.criterion].Name,
                Category = c.category < 0 ? null : Form.VoterCategories[c.category].Name,
            };
            var tally = BallotGenerators.Box(c.ballots, issued: 70).ToTally();
            var attendance = new AssessmentAttendance(c.due, null);
            var a = tally.ToReport(SuggestionRule.Default with { Thresholds = [SuggestionThreshold.WhenAll(Grade.Excellent, condition)] }, attendance);
            var b = tally.ToReport(SuggestionRule.Default with { Thresholds = [SuggestionThreshold.WhenAll(Grade.Unqualified, condition)] }, attendance);
            var criterion = Form.Criteria[c.criterion];
            var overall = Form.OverallCriterionIndex;
            return Enumerable.Range(0, BallotGenerators.Graded).All(candidate =>
            {
                var scope = c.ballots.Where(x => c.category < 0 || x.Category == c.category).ToList();
                long counted = 0, valid = 0;
                foreach (var ballot in scope)
                {
                    var level = LevelOf(ballot.Codes[(candidate * Form.Criteria.Length) + c.criterion], criterion);
                    valid += level > 0 ? 1 : 0;
                    counted += level > 0 && c.grades.Contains(GradeOf(level, criterion)) ? 1 : 0;
                }

                long baseValue = c.shareBase switch
                {
                    ShareBase.ValidMarks => valid,
                    ShareBase.BallotsReturned => scope.Count,
                    ShareBase.BallotsIssued => 70,
                    ShareBase.GradedMembers => BallotGenerators.Graded,
                    _ => c.due,
                };
                var order = (counted * c.share.Denominator).CompareTo(c.share.Numerator * baseValue);
                var holds = baseValue > 0 && c.comparison switch
                {
                    ShareComparison.AtLeast => order >= 0,
                    ShareComparison.MoreThan => order > 0,
                    ShareComparison.LessThan => order < 0,
                    _ => order <= 0,
                };
                var anyOverall = c.ballots.Any(x => LevelOf(x.Codes[(candidate * Form.Criteria.Length) + overall], Form.Criteria[overall]) > 0);
                var reached = a.Candidates[candidate].SuggestedGrade != b.Candidates[candidate].SuggestedGrade;
                return anyOverall ? reached == holds : a.Candidates[candidate].SuggestedGrade is null;
            });
        });
    }

    [Fact]
    public void Thresholds_at_zero_and_one_behave_at_their_edges()
    {
        Check(BallotGenerators.Ballots, ballots =>
        {
            var tally = BallotGenerators.Box(ballots).ToTally();
            bool Reached(int candidate, ShareComparison comparison, decimal share)
            {
                var condition = ShareCondition.OfGrades(comparison, share, ShareBase.ValidMarks, Grade.Unqualified);
                var a = tally.ToReport(SuggestionRule.Default with { Thresholds = [SuggestionThreshold.WhenAll(Grade.Excellent, condition)] });
                var b = tally.ToReport(SuggestionRule.Default with { Thresholds = [SuggestionThreshold.WhenAll(Grade.Unqualified, condition)] });
                return a.Candidates[candidate].SuggestedGrade != b.Candidates[candidate].SuggestedGrade;
            }

            var report = tally.ToReport(SuggestionRule.Default);
            return Enumerable.Range(0, BallotGenerators.Graded).All(candidate =>
            {
                var counts = report.Candidates[candidate].Criteria[Form.OverallCriterionIndex].Combined;
                if (counts.ValidMarks == 0)
                {
                    return !Reached(candidate, ShareComparison.AtLeast, 0m);
                }

                var unqualified = counts.LevelCounts[3];
                return Reached(candidate, ShareComparison.AtLeast, 0m)
                    && !Reached(candidate, ShareComparison.LessThan, 0m)
                    && Reached(candidate, ShareComparison.MoreThan, 0m) == (unqualified > 0)
                    && Reached(candidate, ShareComparison.AtLeast, 1m) == (unqualified == counts.ValidMarks)
                    && Reached(candidate, ShareComparison.AtMost, 1m)
                    && !Reached(candidate, ShareComparison.MoreThan, 1m);
            });
        });
    }

    [Fact]
    public void The_original_thresholds_give_the_results_they_gave_before()
    {
        var thresholdGen = Gen.OneOf(
            from grade in Gen.Elements(Enum.GetValues<Grade>())
            from share in Gen.Elements(0.1m, 0.25m, 0.5m, 0.6m, 0.9m, 1m)
            from suggests in Gen.Elements(Enum.GetValues<Grade>())
            select SuggestionThreshold.WhenGradeShareAtLeast(grade, share, suggests),
            from level in Gen.Choose(1, 5)
            from share in Gen.Elements(0.1m, 0.25m, 0.5m, 0.6m, 0.9m, 1m)
            from suggests in Gen.Elements(Enum.GetValues<Grade>())
            select SuggestionThreshold.WhenLevelShareAtLeast(level, share, suggests));
        var gen =
            from ballots in BallotGenerators.Ballots
            from thresholds in Gen.ListOf(thresholdGen).Select(t => t.Take(3).ToArray())
            from tieBreak in Gen.Elements(Enum.GetValues<TieBreak>())
            from weighted in Gen.Elements(false, true)
            select (ballots, rule: SuggestionRule.Default with { Thresholds = [.. thresholds], TieBreak = tieBreak, CombineCategoriesByWeight = weighted });
        Check(gen, c =>
        {
            var report = BallotGenerators.Box(c.ballots).Report(c.rule, new OrgLife.Tally.Reports.ReportOptions { MinimumCategoryBallots = 1 });
            return report.Candidates.All(candidate =>
            {
                var overall = candidate.Criteria[Form.OverallCriterionIndex];
                var weighted = new decimal[4];
                for (var category = 0; category < Form.VoterCategories.Length; category++)
                {
                    var weight = c.rule.CombineCategoriesByWeight ? Form.VoterCategories[category].Weight : 1m;
                    for (var level = 0; level < 4; level++)
                    {
                        weighted[level] += weight * overall.ByCategory[category].LevelCounts[level];
                    }
                }

                return candidate.SuggestedGrade == LegacySuggest(weighted, c.rule);
            });
        });
    }

    [Fact]
    public void Normalised_category_weights_with_equal_group_sizes_equal_the_per_mark_result()
    {
        var form = new BallotForm(
            "两类等大",
            [new Criterion("总体评价", Scale.Custom([new("优秀", "excellent", Grade.Excellent, 95m), new("合格", "qualified", Grade.Qualified, 80m), new("基本合格", "basically-qualified", Grade.BasicallyQualified, 65m), new("不合格", "unqualified", Grade.Unqualified, 40m)]), IsOverall: true)],
            [new VoterCategory("党员", 0.7m), new VoterCategory("群众", 0.3m)]);
        var gen =
            from size in Gen.Choose(1, 12)
            from first in Gen.ArrayOf(Gen.Choose(1, 4), size)
            from second in Gen.ArrayOf(Gen.Choose(1, 4), size)
            from share in Gen.Elements(0.2m, 0.3m, 0.5m)
            from grading in Gen.Elements(false, true)
            select (first, second, share, grading);
        Check(gen, c =>
        {
            var box = new BallotBox(form, TestForms.Candidates(1), 100);
            var serial = 0;
            foreach (var (levels, category) in new[] { (c.first, "党员"), (c.second, "群众") })
            {
                foreach (var level in levels)
                {
                    box.Submit(new Ballot($"S{serial++}", category, [Mark.Of("m1", null, form.Criteria[0].Scale.Levels[level - 1].Name)]));
                }
            }

            var rule = SuggestionRule.Default with
            {
                CombineCategoriesByWeight = true,
                Thresholds = [SuggestionThreshold.WhenGradeShareAtLeast(Grade.Unqualified, c.share, Grade.Unqualified)],
                Grading = c.grading ? new ScoreGrading { Bands = [new(90m, Grade.Excellent), new(75m, Grade.Qualified), new(60m, Grade.BasicallyQualified), new(0m, Grade.Unqualified)] } : null,
            };
            var tally = box.ToTally();
            var perMark = tally.ToReport(rule).Candidates[0];
            var normalised = tally.ToReport(rule with { NormaliseCategories = true }).Candidates[0];
            return perMark.SuggestedGrade == normalised.SuggestedGrade && perMark.Outcome!.Value == normalised.Outcome!.Value;
        });
    }

    [Fact]
    public void Mean_grading_matches_a_sorted_list_of_the_scores()
    {
        var gen =
            from scores in Gen.ListOf(Gen.Frequency((6, Gen.Choose(0, 100)), (1, Gen.Elements(59, 60, 69, 70, 89, 90)))).Select(s => s.Take(30).ToArray())
            from trim in Gen.Choose(0, 2)
            from more in Gen.Choose(0, 6)
            from round in Gen.Elements<int?>(null, 0, 1)
            select (scores, trim, more, round);
        Check(gen, c =>
        {
            var box = new BallotBox(TestForms.ScoreForm, TestForms.Candidates(1), 100);
            for (var i = 0; i < c.scores.Length; i++)
            {
                box.Submit(new Ballot($"S{i}", null, [Mark.Of("m1", null, c.scores[i].ToString(System.Globalization.CultureInfo.InvariantCulture))]));
            }

            var grading = new ScoreGrading { Trim = c.trim, TrimWhenMoreThan = c.more, RoundToDecimals = c.round };
            var outcome = box.Report(SuggestionRule.Default with { Grading = grading }).Candidates[0].Outcome!;
            if (c.scores.Length == 0)
            {
                return outcome.Grade is null;
            }

            var sorted = c.scores.Order().ToList();
            if (c.trim > 0 && sorted.Count > Math.Max(c.more, 2 * c.trim))
            {
                sorted = sorted.Skip(c.trim).Take(sorted.Count - (2 * c.trim)).ToList();
            }

            // The mean as a fraction sum / n, rounded half away from zero to d places on integers, then banded.
            long sum = sorted.Sum(), n = sorted.Count, scale = 1;
            if (c.round is { } d)
            {
                scale = (long)Math.Pow(10, d);
                sum = ((2 * sum * scale) + n) / (2 * n);
                n = 1;
            }

            var band = TestForms.Points.Bands.OrderByDescending(b => b.Min).First(b => sum >= (long)b.Min * scale * n);
            var value = (decimal)sum / n / scale;
            return outcome.Grade == band.Grade && outcome.Value == value;
        });
    }

    [Fact]
    public void Voiding_a_ballot_equals_removing_it_from_the_input()
    {
        var ruleGen = Gen.Elements(
            BallotValidityRule.AtMostCount("优秀超过1人", [1], 1),
            BallotValidityRule.AtMostShare("优秀超过三分之一", [1], 1, 3),
            BallotValidityRule.AtLeastCount("两个以上差评", [3, 4], 2),
            BallotValidityRule.AllIdentical("全部相同"),
            BallotValidityRule.MoreMarkedThanPlaces("超过名额", 2),
            BallotValidityRule.OverallInconsistent("优秀但有差", [1], [3], VoidScope.Ballot));
        var gen = from ballots in BallotGenerators.Ballots from rule in ruleGen select (ballots, rule);
        Check(gen, c =>
        {
            var ruled = new BallotForm(Form.Name, Form.Criteria, Form.VoterCategories, Form.CommitteeCriteria) { ValidityRules = [c.rule] };
            var candidates = TestForms.Candidates(BallotGenerators.Graded, 1);
            var withRule = new BallotBox(ruled, candidates, 1000, 7);
            withRule.SubmitAll(BallotGenerators.ToBallots(c.ballots, form: ruled));
            var kept = c.ballots.Select((b, i) => (b, i)).Where(x => !VoidedByReference(c.rule, x.b)).ToList();
            var without = new BallotBox(Form, candidates, 1000, 7);
            without.SubmitAll(kept.Select(x => BallotGenerators.ToBallot(x.b, $"S{x.i}", Form)));
            var a = withRule.ToTally();
            var b = without.ToTally();
            return a.Accepted == b.Accepted
                && a.VoidedBallots == c.ballots.Length - kept.Count
                && Enumerable.Range(0, Form.VoterCategories.Length).All(k => a.CountsOf(k).SequenceEqual(b.CountsOf(k)))
                && a.WithoutValidityRules().Accepted == c.ballots.Length
                && Enumerable.Range(0, Form.VoterCategories.Length).All(k => a.WithoutValidityRules().CountsOf(k).SequenceEqual(BallotGenerators.Box(c.ballots).ToTally().CountsOf(k)));
        });
    }

    [Fact]
    public void Turnout_matches_a_comparison_of_integers()
    {
        var gen =
            from returned in Gen.Choose(0, 30)
            from due in Gen.Choose(0, 40)
            from numerator in Gen.Choose(0, 3)
            from denominator in Gen.Choose(1, 3)
            from comparison in Gen.Elements(Enum.GetValues<ShareComparison>())
            select (returned, due, numerator, denominator, comparison);
        Check(gen, c =>
        {
            var box = new BallotBox(BallotForms.FourGrades, TestForms.Candidates(1), 100);
            for (var i = 0; i < c.returned; i++)
            {
                box.Submit(new Ballot($"S{i}", null, [Mark.Of("m1", null, "合格")]));
            }

            var rule = SuggestionRule.Default with { Turnout = new TurnoutCondition(TurnoutCounted.BallotsReturned, c.comparison, c.numerator, c.denominator, TurnoutBase.MembersDue) };
            var order = ((long)c.returned * c.denominator).CompareTo((long)c.numerator * c.due);
            var met = c.due > 0 && c.comparison switch
            {
                ShareComparison.AtLeast => order >= 0,
                ShareComparison.MoreThan => order > 0,
                ShareComparison.LessThan => order < 0,
                _ => order <= 0,
            };
            var report = box.ToTally().ToReport(rule, new AssessmentAttendance(c.due, null));
            return report.IsValid == met && (met || report.Candidates[0].SuggestedGrade is null);
        });
    }

    /// <summary>The reference of each ballot-scope validity rule on a generated ballot's codes.</summary>
    private static bool VoidedByReference(BallotValidityRule rule, GeneratedBallot ballot)
    {
        var overall = Form.Criteria[Form.OverallCriterionIndex];
        var codes = Enumerable.Range(0, BallotGenerators.Graded).Select(c => ballot.Codes[(c * Form.Criteria.Length) + Form.OverallCriterionIndex]).ToList();
        var levels = codes.Select(code => LevelOf(code, overall)).ToList();
        var valid = levels.Where(l => l > 0).ToList();
        return rule.Kind switch
        {
            BallotRuleKind.AtMostCount => valid.Count(l => rule.Levels.Contains(l)) > rule.Count,
            BallotRuleKind.AtMostShare => valid.Count(l => rule.Levels.Contains(l)) * rule.ShareDenominator > rule.ShareNumerator * BallotGenerators.Graded,
            BallotRuleKind.AtLeastCount => valid.Count(l => rule.Levels.Contains(l)) >= rule.Count,
            BallotRuleKind.AllIdentical => valid.Count >= rule.Count && valid.Distinct().Count() == 1,
            BallotRuleKind.MoreMarkedThanPlaces => codes.Count(code => code != 0) > rule.Count,
            _ => Enumerable.Range(0, BallotGenerators.Graded).Any(c =>
                rule.Levels.Contains(levels[c])
                && Enumerable.Range(0, Form.Criteria.Length).Any(k => k != Form.OverallCriterionIndex
                    && LevelOf(ballot.Codes[(c * Form.Criteria.Length) + k], Form.Criteria[k]) is var l && l > 0 && rule.ItemLevels.Contains(l))),
        };
    }

    /// <summary>The suggestion as the tally computed it before threshold rules were generalised (decimal counts, inclusive shares of valid marks).</summary>
    private static Grade? LegacySuggest(decimal[] levelCounts, SuggestionRule rule)
    {
        var valid = levelCounts.Sum();
        if (valid == 0m)
        {
            return null;
        }

        foreach (var threshold in rule.Thresholds)
        {
            var counted = 0m;
            for (var level = 1; level <= levelCounts.Length; level++)
            {
                var inSet = threshold.MarkedGrade is { } grade ? (Grade)level == grade : level == threshold.Level;
                counted += inSet ? levelCounts[level - 1] : 0m;
            }

            if (counted >= threshold.MinimumShare * valid)
            {
                return threshold.Suggests;
            }
        }

        var best = levelCounts.Max();
        var first = Array.IndexOf(levelCounts, best) + 1;
        var last = Array.LastIndexOf(levelCounts, best) + 1;
        return first == last ? (Grade)first : rule.TieBreak switch
        {
            TieBreak.TowardLessFavourable => (Grade)last,
            TieBreak.TowardMoreFavourable => (Grade)first,
            _ => null,
        };
    }
}
