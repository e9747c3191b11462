using OrgLife.Evaluation;
using OrgLife.Findings;
using OrgLife.Grades;
using OrgLife.Rules.Tests.Support;
using static OrgLife.Rules.Tests.Support.EvaluationSamples;

namespace OrgLife.Rules.Tests.EvaluationRules;

public sealed class DeterminationGroundedRuleTests
{
    private static readonly OrgLife.Branches.Branch Branch = Sample.Branch(4);

    private static RuleResult Run(Determination second, Grade? leading = Grade.Qualified)
    {
        var evaluation = Complete(Branch);
        evaluation = evaluation with
        {
            Determinations = evaluation.Determinations!.Value.SetItem(1, second),
            AssessmentResults = evaluation.AssessmentResults!.Value.SetItem(1, new AssessmentResult { MemberId = Sample.Id(2), LeadingGrade = leading }),
        };
        return Record(Branch, evaluation).Validate().Result("OL305");
    }

    [Fact]
    public void A_determination_that_follows_the_ballots_needs_no_reason()
        => Assert.Equal(RuleOutcome.Passed, Run(Determined(Sample.Id(2), Grade.Qualified)).Outcome);

    [Fact]
    public void A_determination_against_the_ballots_without_a_reason_is_a_warning()
    {
        var result = Run(Determined(Sample.Id(2), Grade.BasicallyQualified));
        var finding = Assert.Single(result.Findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("BasicallyQualified", finding.Arguments["grade"]);
        Assert.Equal("Qualified", finding.Arguments["leading"]);
    }

    [Fact]
    public void A_recorded_reason_or_a_tied_ballot_passes()
    {
        Assert.Equal(RuleOutcome.Passed, Run(Determined(Sample.Id(2), Grade.BasicallyQualified) with { Reason = "日常表现：多次无故缺席组织生活" }).Outcome);
        Assert.Equal(RuleOutcome.Passed, Run(Determined(Sample.Id(2), Grade.BasicallyQualified), leading: null).Outcome);
    }

    [Fact]
    public void Without_assessment_results_the_rule_is_not_evaluated()
    {
        var result = Record(Branch, Complete(Branch) with { AssessmentResults = null }).Validate().Result("OL305");
        Assert.Equal(["evaluation.assessmentResults"], result.MissingData.ToArray());
    }

    [Fact]
    public void The_message_renders_grades_in_Chinese()
    {
        var evaluation = Complete(Branch);
        evaluation = evaluation with { Determinations = evaluation.Determinations!.Value.SetItem(1, Determined(Sample.Id(2), Grade.Excellent)) };
        var message = Record(Branch, evaluation).Validate(culture: Sample.Chinese).Result("OL305").Findings.Single().Message;
        Assert.Equal("党员 Member 2 被评定为“优秀”，与民主测评得票最多的等次“合格”不同，但未记录依据。", message);
    }
}
