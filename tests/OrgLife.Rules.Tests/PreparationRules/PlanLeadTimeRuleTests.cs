using OrgLife.Meetings;
using OrgLife.Preparation;
using OrgLife.Records;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.PreparationRules;

public sealed class PlanLeadTimeRuleTests
{
    private static BranchRecord Plan(Occurrence? plan, MeetingKind kind = MeetingKind.DemocraticLife)
        => PreparationSamples.Record(Sample.Branch(8), new PreparationRecord { PlanSubmitted = plan }, kind);

    [Fact]
    public void Plan_exactly_fifteen_days_before_a_democratic_life_meeting_passes()
        => Assert.Equal(RuleOutcome.Passed, Plan(Occurrence.On(Sample.MeetingDate.PlusDays(-15))).Outcome("OL108"));

    [Fact]
    public void Plan_fourteen_days_before_fails()
        => Assert.Equal(["OL108.Late"], Plan(Occurrence.On(Sample.MeetingDate.PlusDays(-14))).Keys("OL108"));

    [Fact]
    public void Plan_not_submitted_is_an_error()
        => Assert.Equal(["OL108.Missing"], Plan(Occurrence.NotDone).Keys("OL108"));

    [Fact]
    public void An_organizational_life_meeting_needs_no_plan_and_passes_with_no_finding()
    {
        var result = Plan(null, MeetingKind.OrganizationalLife).Validate().Result("OL108");
        Assert.Equal(RuleOutcome.Passed, result.Outcome);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Plan_is_not_evaluated_without_the_meeting_or_the_plan()
    {
        new BranchRecord { Branch = Sample.Branch(3) }.AssertMissing("OL108", "meeting");
        Plan(null).AssertMissing("OL108", "preparation.planSubmitted");
    }
}
