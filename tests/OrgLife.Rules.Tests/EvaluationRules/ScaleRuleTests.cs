using OrgLife.Grades;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;
using static OrgLife.Rules.Tests.Support.EvaluationSamples;

namespace OrgLife.Rules.Tests.EvaluationRules;

public sealed class ScaleRuleTests
{
    private static readonly OrgLife.Branches.Branch Branch = Sample.Branch(3);
    private static readonly OrgLifePolicy FourGradesOnly = PolicyPresets.National with { AllowedBallotScales = [AssessmentScale.FourGrades] };

    private static RuleResult Run(AssessmentScale? scale, bool? fourGrades, OrgLifePolicy? policy = null)
        => Record(Branch, new() { BallotScale = scale, DeterminationUsedFourGrades = fourGrades }).Validate(policy).Result("OL311");

    [Theory]
    [InlineData(AssessmentScale.FourGrades)]
    [InlineData(AssessmentScale.GoodFairPoor)]
    public void Either_scale_passes_under_the_national_default(AssessmentScale scale)
        => Assert.Equal(RuleOutcome.Passed, Run(scale, true).Outcome);

    [Fact]
    public void A_scale_the_policy_does_not_allow_is_an_error()
        => Assert.Equal("OL311.BallotScaleNotAllowed", Assert.Single(Run(AssessmentScale.GoodFairPoor, true, FourGradesOnly).Findings).MessageKey);

    [Fact]
    public void A_determination_without_the_four_grades_is_an_error_even_when_the_scale_is_unrecorded()
        => Assert.Equal("OL311.DeterminationNotFourGrades", Assert.Single(Run(null, false).Findings).MessageKey);

    [Fact]
    public void Unrecorded_data_is_not_evaluated_and_named()
        => Assert.Equal(["evaluation.ballotScale", "evaluation.determinationUsedFourGrades"], Run(null, null).MissingData.ToArray());
}
