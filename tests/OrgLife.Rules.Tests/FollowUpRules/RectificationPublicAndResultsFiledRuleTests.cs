using OrgLife.Findings;
using OrgLife.FollowUp;
using OrgLife.Records;
using OrgLife.Rules.Tests.Support;
using static OrgLife.Rules.Tests.Support.FollowUpSamples;

namespace OrgLife.Rules.Tests.FollowUpRules;

public sealed class RectificationPublicAndResultsFiledRuleTests
{
    private static readonly Occurrence Done = Occurrence.On(Sample.MeetingDate.PlusDays(5));

    [Fact]
    public void Rectification_publicized_passes_not_publicized_warns_unrecorded_is_not_evaluated()
    {
        Assert.Equal(RuleOutcome.Passed, Record(new FollowUpRecord { RectificationPublicized = Done }).Validate().Result("OL503").Outcome);
        Assert.Equal(Severity.Warning, Record(new FollowUpRecord { RectificationPublicized = Occurrence.NotDone }).Validate().Result("OL503").Findings.Single().Severity);
        Assert.Equal(["followUp.rectificationPublicized"], Record(new FollowUpRecord()).Validate().Result("OL503").MissingData.ToArray());
    }

    [Fact]
    public void The_three_filings_pass_together()
        => Assert.Equal(RuleOutcome.Passed, Record(new FollowUpRecord { ProblemListFiled = Done, RectificationListFiled = Done, EvaluationResultsFiled = Done }).Validate().Result("OL506").Outcome);

    [Fact]
    public void A_filing_not_done_is_an_error_even_when_another_is_unrecorded()
    {
        var result = Record(new FollowUpRecord { ProblemListFiled = Done, RectificationListFiled = Occurrence.NotDone }).Validate().Result("OL506");
        Assert.Equal(RuleOutcome.Violated, result.Outcome);
        Assert.Equal("followUp.rectificationListFiled", Assert.Single(result.Findings).Subject.Path);
    }

    [Fact]
    public void Unrecorded_filings_are_not_evaluated_and_named()
        => Assert.Equal(["followUp.rectificationListFiled", "followUp.evaluationResultsFiled"], Record(new FollowUpRecord { ProblemListFiled = Done }).Validate().Result("OL506").MissingData.ToArray());
}
