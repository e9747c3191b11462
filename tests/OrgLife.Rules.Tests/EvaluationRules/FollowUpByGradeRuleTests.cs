using System.Collections.Immutable;
using OrgLife.Evaluation;
using OrgLife.Findings;
using OrgLife.Grades;
using OrgLife.Rules.Tests.Support;
using static OrgLife.Rules.Tests.Support.EvaluationSamples;

namespace OrgLife.Rules.Tests.EvaluationRules;

public sealed class FollowUpByGradeRuleTests
{
    private static readonly OrgLife.Branches.Branch Branch = Sample.Branch(3);

    private static RuleResult Run(Grade grade, ImmutableArray<GradeFollowUp>? followUps)
    {
        var determinations = AllQualified(Branch).SetItem(0, Determined(Sample.Id(1), grade) with { FollowUps = followUps });
        return Record(Branch, new() { Determinations = determinations }).Validate().Result("OL308");
    }

    [Theory]
    [InlineData(Grade.Excellent, GradeFollowUp.Commendation)]
    [InlineData(Grade.BasicallyQualified, GradeFollowUp.EducationAndHelp)]
    [InlineData(Grade.Unqualified, GradeFollowUp.CorrectionWithinDeadline)]
    [InlineData(Grade.Unqualified, GradeFollowUp.PersuadedToWithdraw)]
    [InlineData(Grade.Unqualified, GradeFollowUp.Removed)]
    public void The_follow_up_the_grade_calls_for_passes(Grade grade, GradeFollowUp followUp)
        => Assert.Equal(RuleOutcome.Passed, Run(grade, [followUp]).Outcome);

    [Theory]
    [InlineData(Grade.Excellent, Severity.Warning)]
    [InlineData(Grade.BasicallyQualified, Severity.Warning)]
    [InlineData(Grade.Unqualified, Severity.Error)]
    public void A_missing_follow_up_is_an_error_for_Unqualified_and_a_warning_otherwise(Grade grade, Severity severity)
    {
        var result = Run(grade, [grade == Grade.Excellent ? GradeFollowUp.EducationAndHelp : GradeFollowUp.Commendation]);
        Assert.Equal(severity, Assert.Single(result.Findings).Severity);
    }

    [Fact]
    public void Unrecorded_follow_ups_are_not_evaluated()
        => Assert.Equal(["evaluation.determinations[0].followUps"], Run(Grade.Unqualified, null).MissingData.ToArray());

    [Fact]
    public void Qualified_needs_no_follow_up()
        => Assert.Equal(RuleOutcome.Passed, Run(Grade.Qualified, null).Outcome);
}
