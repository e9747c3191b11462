namespace OrgLife.Tally.Forms;

/// <summary>The ballot forms most branches print, ready to use.</summary>
public static class BallotForms
{
    /// <summary>The name of the overall-grade criterion of the built-in forms: 总体评价.</summary>
    public const string OverallCriterionName = "总体评价";

    /// <summary>The name of the single voter category of the built-in forms: 党员.</summary>
    public const string MembersCategoryName = "党员";

    /// <summary>The five 好/一般/差 criteria of <see cref="SixCriteria"/>, in printed order.</summary>
    public static IReadOnlyList<string> ConductCriterionNames { get; } = ["理想信念", "组织纪律", "廉洁自律", "联系服务群众", "发挥先锋模范作用"];

    /// <summary>The simplest ballot: one overall grade per candidate on the four grades, members voting.</summary>
    public static BallotForm FourGrades { get; } = new(
        "民主测评表（四个等次）",
        [new Criterion(OverallCriterionName, Scale.FourGrades, IsOverall: true)],
        [new VoterCategory(MembersCategoryName)]);

    /// <summary>One overall 好/一般/差 rating per candidate (Collection 第三篇 第三步 4), members voting.</summary>
    public static BallotForm GoodFairPoor { get; } = new(
        "民主测评表（好、一般、差）",
        [new Criterion(OverallCriterionName, Scale.GoodFairPoor, IsOverall: true)],
        [new VoterCategory(MembersCategoryName)]);

    /// <summary>
    /// The typical six-criterion form: 理想信念, 组织纪律, 廉洁自律, 联系服务群众, 发挥先锋模范作用 on 好/一般/差,
    /// then the overall grade on the four grades; members voting.
    /// </summary>
    public static BallotForm SixCriteria { get; } = new(
        "民主测评表（六项）",
        [
            .. ConductCriterionNames.Select(name => new Criterion(name, Scale.GoodFairPoor)),
            new Criterion(OverallCriterionName, Scale.FourGrades, IsOverall: true),
        ],
        [new VoterCategory(MembersCategoryName)]);
}
