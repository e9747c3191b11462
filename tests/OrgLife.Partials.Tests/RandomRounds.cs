using System.Collections.Immutable;
using OrgLife.Ids;
using OrgLife.Partials;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;

namespace OrgLife.Partials.Tests;

/// <summary>
/// Random assessment rounds for properties: a random hierarchy of organizations (1–4 levels deep, a few children
/// each) and per branch random candidates and ballots, counted by the library's own ballot box. Ballots include
/// every kind of trouble: duplicate serials, unknown categories, void and blank marks, marks for probationary and
/// unknown candidates, more ballots returned than issued.
/// </summary>
internal static class RandomRounds
{
    internal const string Assessment = "2026-民主评议";

    /// <summary>The form: an overall four-grade criterion and a 好/一般/差 one per candidate, a committee criterion, two voter categories.</summary>
    internal static readonly BallotForm Form = new(
        "测试表",
        [new Criterion("总体评价", Scale.FourGrades, IsOverall: true), new Criterion("理想信念", Scale.GoodFairPoor)],
        [new VoterCategory("党员"), new VoterCategory("群众代表", 0.5m)],
        [new Criterion("班子满意度", Scale.Satisfaction)]);

    /// <summary>
    /// The same form with validity rules (废票): more than one 优秀 voids the ballot, four identical overall grades void
    /// it, and an overall 优秀 with 差 on 理想信念 voids that candidate's section.
    /// </summary>
    internal static readonly BallotForm RuledForm = new(
        "测试表（废票规则）",
        [new Criterion("总体评价", Scale.FourGrades, IsOverall: true), new Criterion("理想信念", Scale.GoodFairPoor)],
        [new VoterCategory("党员"), new VoterCategory("群众代表", 0.5m)],
        [new Criterion("班子满意度", Scale.Satisfaction)])
    {
        ValidityRules =
        [
            BallotValidityRule.AtMostCount("优秀不超过一名", [1], 1),
            BallotValidityRule.AllIdentical("打分全部相同", 4),
            BallotValidityRule.OverallInconsistent("总体与分项矛盾", [1], [3]),
        ],
    };

    /// <summary>The form of a seed's round: every other seed counts on <see cref="RuledForm"/>.</summary>
    internal static BallotForm FormOf(int seed) => seed % 2 == 0 ? Form : RuledForm;

    /// <summary>A round of partials made from a seed; the same seed gives the same round.</summary>
    internal static ImmutableArray<PartialTally> Round(int seed, int maxBranches = 12)
    {
        var form = FormOf(seed);
        var random = new Random(seed);
        var depth = random.Next(0, 5);
        var branches = random.Next(1, maxBranches + 1);
        var partials = ImmutableArray.CreateBuilder<PartialTally>(branches);
        for (var b = 0; b < branches; b++)
        {
            var path = Enumerable.Range(0, depth).Select(level => $"L{level + 1}-{random.Next(0, 3)}").ToImmutableArray();
            partials.Add(new PartialTally(Assessment, new BranchId($"支部{b:D3}"), path, Tally(random, form)));
        }

        return partials.MoveToImmutable();
    }

    /// <summary>One branch's tally from random ballots, on <paramref name="form"/> (default <see cref="Form"/>).</summary>
    internal static Tally.Merging.AssessmentTally Tally(Random random, BallotForm? form = null)
    {
        var graded = Enumerable.Range(0, random.Next(0, 5)).Select(i => new MemberId($"m{i}")).ToList();
        var probationary = Enumerable.Range(0, random.Next(0, 3)).Select(i => new MemberId($"p{i}")).ToList();
        var ballots = random.Next(0, 25);
        var issued = random.Next(0, 10) == 0 ? Math.Max(0, ballots - 3) : ballots + random.Next(0, 5);
        var box = new BallotBox(form ?? Form, new AssessmentCandidates(graded, probationary), issued, blockRows: 5);
        for (var i = 0; i < ballots; i++)
        {
            var serial = random.Next(0, 12) == 0 ? $"S{random.Next(0, i + 1)}" : $"S{i}";
            var category = random.Next(0, 15) switch
            {
                0 => "外来",
                < 10 => "党员",
                _ => "群众代表",
            };
            var marks = new List<Mark>();
            foreach (var candidate in graded)
            {
                var overall = Pick(random, ["优秀", "合格", "基本合格", "不合格", "qualified", "很好", ""]);
                marks.Add(new Mark(candidate.Value, "总体评价", overall.Length == 0 ? [] : [overall]));
                if (random.Next(0, 4) != 0)
                {
                    marks.Add(new Mark(candidate.Value, "理想信念", random.Next(0, 8) == 0 ? ["好", "差"] : [Pick(random, ["好", "一般", "差"])]));
                }
            }

            if (probationary.Count > 0 && random.Next(0, 3) == 0)
            {
                marks.Add(Mark.Of(probationary[random.Next(0, probationary.Count)].Value, null, "优秀"));
            }

            if (random.Next(0, 10) == 0)
            {
                marks.Add(Mark.Of("不在名单", null, "合格"));
            }

            if (random.Next(0, 3) != 0)
            {
                marks.Add(Mark.ForCommittee(null, Pick(random, ["满意", "基本满意", "不满意"])));
            }

            box.Submit(new Ballot(serial, category, marks));
        }

        return box.ToTally();
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(0, choices.Length)];
}
