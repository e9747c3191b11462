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
    public void Rectification_publicized_passes_not_publicized_is_an_error_unrecorded_is_not_evaluated()
    {
        Assert.Equal(RuleOutcome.Passed, Record(new FollowUpRecord { RectificationPublicized = Done }).Validate().Result("OL503").Outcome);
        Assert.Equal(Severity.Error, Record(new FollowUpRecord { RectificationPublicized = Occurrence.NotDone }).Validate().Result("OL503").Findings.Single().Severity);
        Assert.Equal(["followUp.rectificationPublicized"], Record(new FollowUpRecord()).Validate().Result("OL503").MissingData.ToArray());
    }

    [Fact]
    public void The_completion_is_publicized_once_the_last_rectification_deadline_has_passed()
    {
        var last = Sample.MeetingDate.PlusMonths(3);
        var items = System.Collections.Immutable.ImmutableArray.Create(new RectificationItem { Id = "R1", Matter = "m", Measures = "x", Responsible = "y", Deadline = last });
        FollowUpRecord With(Occurrence? completion) => new() { RectificationPublicized = Done, RectificationItems = items, CompletionPublicized = completion };

        var pending = Record(With(Occurrence.NotDone)).Validate(asOf: last).Result("OL503");
        Assert.Equal((RuleOutcome.Passed, Severity.Info), (pending.Outcome, pending.Findings.Single().Severity));
        Assert.Equal(Severity.Error, Record(With(Occurrence.NotDone)).Validate(asOf: last.PlusDays(1)).Result("OL503").Findings.Single().Severity);
        Assert.Equal(["followUp.completionPublicized"], Record(With(null)).Validate(asOf: last.PlusDays(1)).Result("OL503").MissingData.ToArray());
        Assert.Equal(RuleOutcome.Passed, Record(With(null)).Validate(asOf: last).Result("OL503").Outcome);
        Assert.Equal(RuleOutcome.Passed, Record(With(Done)).Validate(asOf: last.PlusDays(1)).Result("OL503").Outcome);
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
