using OrgLife.Grades;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Reports;

namespace OrgLife.Benchmarks.Tally;

/// <summary>
/// The forms, rule and coded ballots that <see cref="ResultRuleBenchmarks"/> and <see cref="ResultRulePerMarkBenchmarks"/>
/// share, so their figures compare like with like: one overall criterion on a points scale, the same form with two
/// ballot-level validity rules, and a result rule with a threshold and trimmed-mean grading.
/// </summary>
internal static class ResultRuleCase
{
    /// <summary>The plain form: one overall criterion, levels with points, one voter category.</summary>
    public static BallotForm PlainForm()
    {
        var points = Scale.Custom([
            new("优秀", "excellent", Grade.Excellent, 95m), new("合格", "qualified", Grade.Qualified, 80m),
            new("基本合格", "basically-qualified", Grade.BasicallyQualified, 65m), new("不合格", "unqualified", Grade.Unqualified, 40m)]);
        return new BallotForm("plain", [new Criterion("总体评价", points, IsOverall: true)], [new VoterCategory("党员")]);
    }

    /// <summary>The plain form with two validity rules that void whole ballots (a 优秀 share cap, identical marks).</summary>
    public static BallotForm ScreenedForm(BallotForm plain) => new("screened", plain.Criteria, plain.VoterCategories)
    {
        ValidityRules = [BallotValidityRule.AtMostShare("优秀超过三分之一", [1], 1, 3), BallotValidityRule.AllIdentical("全部相同")],
    };

    /// <summary>Candidates m01, m02, … up to <paramref name="members"/>.</summary>
    public static AssessmentCandidates Candidates(int members)
        => new(Enumerable.Range(1, members).Select(i => new MemberId($"m{i:00}")));

    /// <summary>A result rule: 不合格 on more than a third of returned ballots, else the trimmed mean's band.</summary>
    public static SuggestionRule ResultRule() => SuggestionRule.Default with
    {
        Thresholds = [SuggestionThreshold.WhenAll(Grade.Unqualified, ShareCondition.OfGrades(ShareComparison.MoreThan, 1, 3, ShareBase.BallotsReturned, Grade.Unqualified))],
        Grading = new ScoreGrading { Trim = 1, TrimWhenMoreThan = 4, RoundToDecimals = 1, Bands = [new(90m, Grade.Excellent), new(75m, Grade.Qualified), new(60m, Grade.BasicallyQualified), new(0m, Grade.Unqualified)] },
    };

    /// <summary><paramref name="count"/> coded marks, seeded: mostly 合格, some 优秀, 基本合格 and blanks.</summary>
    public static byte[] Rows(int count)
    {
        var random = new Random(12);
        var rows = new byte[count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = (byte)(random.Next(10) switch { 0 => 1, 9 => 0, < 7 => 2, _ => 3 });
        }

        return rows;
    }
}
