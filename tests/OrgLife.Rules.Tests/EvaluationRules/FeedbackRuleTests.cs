using OrgLife.Grades;
using OrgLife.Rules.Tests.Support;
using static OrgLife.Rules.Tests.Support.EvaluationSamples;

namespace OrgLife.Rules.Tests.EvaluationRules;

public sealed class FeedbackRuleTests
{
    private static readonly OrgLife.Branches.Branch Branch = Sample.Branch(3, probationary: 1);

    private static RuleResult Run(bool? second, bool? probationary = null)
    {
        var determinations = AllQualified(Branch);
        determinations = determinations.SetItem(1, determinations[1] with { FeedbackGiven = second }).SetItem(3, determinations[3] with { FeedbackGiven = probationary });
        return Record(Branch, new() { Determinations = determinations }).Validate().Result("OL306");
    }

    [Fact]
    public void Feedback_to_every_graded_member_passes_and_ungraded_members_need_none()
        => Assert.Equal(RuleOutcome.Passed, Run(true, probationary: false).Outcome);

    [Fact]
    public void A_graded_member_without_feedback_is_an_error()
        => Assert.Equal("m02", Assert.Single(Run(false).Findings).Subject.Id);

    [Fact]
    public void Unrecorded_feedback_is_not_evaluated_and_named()
    {
        var result = Run(null);
        Assert.Equal(RuleOutcome.NotEvaluated, result.Outcome);
        Assert.Equal(["evaluation.determinations[1].feedbackGiven"], result.MissingData.ToArray());
    }

    [Fact]
    public void Without_determinations_the_rule_is_not_evaluated()
        => Assert.Equal(RuleOutcome.NotEvaluated, Record(Branch, new()).Validate().Result("OL306").Outcome);
}
