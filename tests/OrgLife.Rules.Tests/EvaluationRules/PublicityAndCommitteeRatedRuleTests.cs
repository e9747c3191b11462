using OrgLife.Findings;
using OrgLife.Records;
using OrgLife.Rules.Tests.Support;
using static OrgLife.Rules.Tests.Support.EvaluationSamples;

namespace OrgLife.Rules.Tests.EvaluationRules;

public sealed class PublicityAndCommitteeRatedRuleTests
{
    private static readonly OrgLife.Branches.Branch Branch = Sample.Branch(3);

    [Theory]
    [InlineData("OL307")]
    [InlineData("OL309")]
    public void Done_passes_not_done_warns_and_unrecorded_is_not_evaluated(string rule)
    {
        RuleResult Run(Occurrence? occurrence)
            => Record(Branch, rule == "OL307" ? Complete(Branch) with { Publicity = occurrence } : Complete(Branch) with { CommitteeRated = occurrence }).Validate().Result(rule);

        Assert.Equal(RuleOutcome.Passed, Run(Occurrence.On(Sample.MeetingDate)).Outcome);
        var violated = Run(Occurrence.NotDone);
        Assert.Equal(RuleOutcome.Violated, violated.Outcome);
        Assert.Equal(Severity.Warning, Assert.Single(violated.Findings).Severity);
        var missing = Run(null);
        Assert.Equal(RuleOutcome.NotEvaluated, missing.Outcome);
        Assert.Equal([rule == "OL307" ? "evaluation.publicity" : "evaluation.committeeRated"], missing.MissingData.ToArray());
    }
}
