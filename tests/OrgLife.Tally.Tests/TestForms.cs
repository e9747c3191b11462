using OrgLife.Grades;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Tests;

/// <summary>Forms and candidate lists shared by the tests.</summary>
internal static class TestForms
{
    internal static readonly Scale Points = Scale.ScoreRange(0, 100, [new(90, 100, Grade.Excellent), new(70, 89, Grade.Qualified), new(60, 69, Grade.BasicallyQualified), new(0, 59, Grade.Unqualified)]);

    /// <summary>The six-criterion form with two voter categories (党员 weight 1, 群众代表 weight 0.5) and a committee criterion.</summary>
    internal static readonly BallotForm SixCriteriaTwoCategories = new(
        "民主测评表（六项，两类人员）",
        BallotForms.SixCriteria.Criteria,
        [new VoterCategory("党员"), new VoterCategory("群众代表", 0.5m)],
        [new Criterion("支部班子", Scale.Satisfaction)]);

    internal static readonly BallotForm ScoreForm = new("积分", [new Criterion("得分", Points, IsOverall: true)], [new VoterCategory("党员")]);

    internal static AssessmentCandidates Candidates(int graded, int probationary = 0) => new(
        Enumerable.Range(1, graded).Select(i => new MemberId($"m{i}")),
        Enumerable.Range(1, probationary).Select(i => new MemberId($"p{i}")));
}
