using OrgLife.Records;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.PreparationRules;

public sealed class StudySessionHeldRuleTests
{
    private static BranchRecord With(Occurrence? study)
    {
        var branch = Sample.Branch(8);
        return PreparationSamples.Record(branch, PreparationSamples.Compliant(branch) with { StudySession = study });
    }

    [Fact]
    public void Study_session_held_before_the_meeting_passes()
        => Assert.Equal(RuleOutcome.Passed, With(Occurrence.On(Sample.MeetingDate.PlusDays(-3))).Outcome("OL101"));

    [Fact]
    public void Study_session_on_the_meeting_day_counts_as_before()
        => Assert.Equal(RuleOutcome.Passed, With(Occurrence.On(Sample.MeetingDate)).Outcome("OL101"));

    [Fact]
    public void Study_session_not_held_is_an_error()
    {
        var finding = With(Occurrence.NotDone).Validate().Result("OL101").Findings.Single();
        Assert.Equal("OL101.Missing", finding.MessageKey);
        Assert.Equal(Findings.Severity.Error, finding.Severity);
    }

    [Fact]
    public void Study_session_after_the_meeting_is_violated()
        => Assert.Equal(["OL101.AfterMeeting"], With(Occurrence.On(Sample.MeetingDate.PlusDays(1))).Keys("OL101"));

    [Fact]
    public void Study_session_not_yet_held_before_a_future_meeting_is_only_information()
    {
        var report = With(Occurrence.NotDone).Validate(asOf: Sample.MeetingDate.PlusDays(-5));
        var result = report.Result("OL101");
        Assert.Equal(RuleOutcome.Passed, result.Outcome);
        Assert.Equal("OL101.Pending", result.Findings.Single().MessageKey);
        Assert.Equal("2026-12-15", result.Findings.Single().Arguments["due"]);
    }

    [Fact]
    public void Study_session_is_not_evaluated_when_not_recorded()
        => With(null).AssertMissing("OL101", "preparation.studySession");
}
