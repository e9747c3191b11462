using OrgLife.Evaluation;
using OrgLife.Rules.Tests.Support;
using static OrgLife.Rules.Tests.Support.EvaluationSamples;

namespace OrgLife.Rules.Tests.EvaluationRules;

public sealed class EvaluationSequenceRuleTests
{
    private static RuleResult Run(params EvaluationStepRecord[] steps)
    {
        var branch = Sample.Branch(5);
        return Record(branch, Complete(branch) with { Steps = [.. steps] }).Validate().Result("OL301");
    }

    [Fact]
    public void The_four_steps_in_order_pass()
    {
        var branch = Sample.Branch(5);
        Assert.Equal(RuleOutcome.Passed, Record(branch, Complete(branch)).Validate().Result("OL301").Outcome);
    }

    [Fact]
    public void Undated_steps_in_order_and_a_step_repeated_in_place_pass()
        => Assert.Equal(RuleOutcome.Passed, Run(
            new(EvaluationStep.SelfEvaluation), new(EvaluationStep.PeerEvaluation), new(EvaluationStep.PeerEvaluation),
            new(EvaluationStep.DemocraticAssessment), new(EvaluationStep.OrganizationalDetermination)).Outcome);

    [Fact]
    public void A_missing_step_is_named()
    {
        var result = Run(new(EvaluationStep.SelfEvaluation), new(EvaluationStep.DemocraticAssessment), new(EvaluationStep.OrganizationalDetermination));
        Assert.Equal(RuleOutcome.Violated, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("OL301.StepMissing", finding.MessageKey);
        Assert.Equal("PeerEvaluation", finding.Arguments["step"]);
    }

    [Fact]
    public void Assessment_before_peer_evaluation_is_out_of_order()
    {
        var result = Run(new(EvaluationStep.SelfEvaluation), new(EvaluationStep.DemocraticAssessment), new(EvaluationStep.PeerEvaluation), new(EvaluationStep.OrganizationalDetermination));
        var finding = Assert.Single(result.Findings);
        Assert.Equal("OL301.OutOfOrder", finding.MessageKey);
        Assert.Equal("evaluation.steps[2]", finding.Subject.Path);
    }

    [Fact]
    public void A_later_step_dated_before_an_earlier_one_is_a_finding_and_the_same_day_is_not()
    {
        var day = Sample.MeetingDate;
        Assert.Equal(RuleOutcome.Passed, Run(
            new(EvaluationStep.SelfEvaluation, day), new(EvaluationStep.PeerEvaluation, day),
            new(EvaluationStep.DemocraticAssessment, day), new(EvaluationStep.OrganizationalDetermination, day)).Outcome);

        var result = Run(
            new(EvaluationStep.SelfEvaluation, day), new(EvaluationStep.PeerEvaluation, day),
            new(EvaluationStep.DemocraticAssessment, day.PlusDays(2)), new(EvaluationStep.OrganizationalDetermination, day.PlusDays(1)));
        var finding = Assert.Single(result.Findings);
        Assert.Equal("OL301.DateOutOfOrder", finding.MessageKey);
        Assert.Equal("2026-12-17", finding.Arguments["earlierDate"]);
    }

    [Fact]
    public void Without_steps_the_rule_is_not_evaluated()
    {
        var branch = Sample.Branch(5);
        var result = Record(branch, Complete(branch) with { Steps = null }).Validate().Result("OL301");
        Assert.Equal(RuleOutcome.NotEvaluated, result.Outcome);
        Assert.Equal(["evaluation.steps"], result.MissingData.ToArray());
    }

    [Fact]
    public void The_missing_step_message_renders_in_Chinese()
    {
        var branch = Sample.Branch(5);
        var record = Record(branch, Complete(branch) with { Steps = [new(EvaluationStep.SelfEvaluation), new(EvaluationStep.PeerEvaluation), new(EvaluationStep.OrganizationalDetermination)] });
        var message = record.Validate(culture: Sample.Chinese).Result("OL301").Findings.Single().Message;
        Assert.Equal("评议缺少“民主测评”环节。", message);
    }
}
