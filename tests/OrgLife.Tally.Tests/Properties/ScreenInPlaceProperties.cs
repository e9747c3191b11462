using FsCheck;
using FsCheck.Fluent;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;

namespace OrgLife.Tally.Tests.Properties;

/// <summary>
/// Issue 12 (10): the box screens coded rows of a one-criterion form where they lie, counting runs of accepted rows
/// straight from the caller's memory, and counts each ballot's marks for the validity rules 32 at a time. Both against
/// plain references: the vector counts against one code at a time, and the box against the rules applied by hand to the
/// rows, with the voided and rejected rows then left out of a box without rules.
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

    [Fact]
    public void Coded_rows_screened_in_place_equal_the_rules_applied_by_hand()
    {
        var rules = new[]
        {
            BallotValidityRule.AtMostCount("优秀超过2人", [1], 2),
            BallotValidityRule.AtMostShare("优秀超过三分之一", [1], 1, 3),
            BallotValidityRule.AtLeastCount("两个以上差评", [3, 4], 2),
            BallotValidityRule.AllIdentical("全部相同"),
            BallotValidityRule.MoreMarkedThanPlaces("超过名额", 20),
        };
        var gen =
            from graded in Gen.Choose(1, 70)
            from ballots in Gen.Choose(0, 40)
            from codes in Gen.ArrayOf(Code, graded * ballots)
            from chosen in Gen.SubListOf(rules)
            from serials in Gen.Frequency(
                (1, Gen.Constant<string[]?>(null)),
                (1, Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(string.Empty)), (8, Gen.Choose(0, 50).Select(i => $"S{i}"))), ballots).Select(s => (string[]?)s)))
            select (graded, ballots, codes, chosen: chosen.ToArray(), serials);
        Check.One(Quick, Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var plain = BallotForms.FourGrades;
            var ruled = new BallotForm(plain.Name, plain.Criteria, plain.VoterCategories) { ValidityRules = [.. c.chosen] };
            var candidates = TestForms.Candidates(c.graded);
            var screened = new BallotBox(ruled, candidates, 1000);
            var outcome = screened.AddCodedBlock("党员", c.codes, c.serials);

            // By hand: a row is rejected for its serial first (missing, or seen before), then voided by the first rule that fires.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var kept = new List<byte>();
            var taken = new List<byte>();
            var byRule = new long[c.chosen.Length];
            var rejected = 0;
            for (var row = 0; row < c.ballots; row++)
            {
                var codes = c.codes.AsSpan(row * c.graded, c.graded).ToArray();
                if (c.serials is { } s && (s[row].Length == 0 || !seen.Add(s[row])))
                {
                    rejected++;
                    continue;
                }

                taken.AddRange(codes);
                var fired = Array.FindIndex(c.chosen, rule => FiresByHand(rule, codes));
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
            return outcome.Accepted == kept.Count / c.graded
                && outcome.Voided == byRule.Sum()
                && outcome.Rejections.Length == rejected
                && tally.CountsOf(0).SequenceEqual(expected.CountsOf(0))
                && tally.VoidedBallotsByRule.SequenceEqual(byRule)
                && tally.WithoutValidityRules().CountsOf(0).SequenceEqual(without.CountsOf(0))
                && tally.WithoutValidityRules().Accepted == taken.Count / c.graded;
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

    private static bool FiresByHand(BallotValidityRule rule, byte[] codes)
    {
        var valid = codes.Where(code => code is >= 1 and <= 4).ToList();
        var inLevels = valid.Count(code => rule.Levels.Contains(code));
        return rule.Kind switch
        {
            BallotRuleKind.AtMostCount => inLevels > rule.Count,
            BallotRuleKind.AtMostShare => (long)inLevels * rule.ShareDenominator > (long)rule.ShareNumerator * codes.Length,
            BallotRuleKind.AtLeastCount => inLevels >= rule.Count,
            BallotRuleKind.AllIdentical => valid.Count >= rule.Count && valid.Distinct().Count() <= 1,
            _ => codes.Count(code => code != 0) > rule.Count,
        };
    }
}
