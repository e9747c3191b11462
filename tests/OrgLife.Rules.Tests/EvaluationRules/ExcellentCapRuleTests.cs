using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrgLife.Evaluation;
using OrgLife.Grades;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;
using static OrgLife.Rules.Tests.Support.EvaluationSamples;

namespace OrgLife.Rules.Tests.EvaluationRules;

public sealed class ExcellentCapRuleTests
{
    private static RuleResult Run(int graded, int excellent, int probationaryExcellent = 0, OrgLifePolicy? policy = null)
    {
        var branch = Sample.Branch(graded, probationaryExcellent);
        var determinations = branch.Members.Select((m, i) => Determined(m.Id, i < excellent || i >= graded ? Grade.Excellent : Grade.Qualified));
        return Record(branch, new EvaluationRecord { Determinations = [.. determinations] }).Validate(policy).Result("OL303");
    }

    [Fact]
    public void Three_times_excellent_equal_to_graded_passes_and_one_more_fails()
    {
        Assert.Equal(RuleOutcome.Passed, Run(9, 3).Outcome);
        Assert.Equal(RuleOutcome.Violated, Run(9, 4).Outcome);
        Assert.Equal(RuleOutcome.Violated, Run(8, 3).Outcome);
    }

    [Fact]
    public void Graded_probationary_members_do_not_count_toward_the_cap()
        => Assert.Equal(RuleOutcome.Passed, Run(9, 3, probationaryExcellent: 3).Outcome);

    [Fact]
    public void The_no_quota_preset_makes_no_finding_at_all_not_even_information()
    {
        var result = Run(3, 3, policy: PolicyPresets.Municipal2016);
        Assert.Equal(RuleOutcome.NotApplicable, result.Outcome);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Without_determinations_the_rule_is_not_evaluated()
        => Assert.Equal(RuleOutcome.NotEvaluated, Record(Sample.Branch(3), new EvaluationRecord()).Validate().Result("OL303").Outcome);

    [Property]
    public Property The_Excellent_rule_fails_exactly_when_three_times_excellent_exceeds_graded()
    {
        var shapes = from graded in Gen.Choose(1, 50)
                     from excellent in Gen.Choose(0, graded)
                     select (graded, excellent);
        return Prop.ForAll(shapes.ToArbitrary(), s =>
            (Run(s.graded, s.excellent).Outcome == RuleOutcome.Violated) == (3 * s.excellent > s.graded));
    }
}
