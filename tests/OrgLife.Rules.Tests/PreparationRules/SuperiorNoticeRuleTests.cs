using OrgLife.Records;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.PreparationRules;

public sealed class SuperiorNoticeRuleTests
{
    private static BranchRecord Told(Occurrence? notice)
    {
        var branch = Sample.Branch(8);
        return PreparationSamples.Record(branch, PreparationSamples.Compliant(branch) with { SuperiorNotice = notice });
    }

    private static Occurrence DaysBefore(int days) => Occurrence.On(Sample.MeetingDate.PlusDays(-days));

    [Fact]
    public void Superior_told_exactly_seven_days_before_passes()
        => Assert.Equal(RuleOutcome.Passed, Told(DaysBefore(7)).Outcome("OL107"));

    [Fact]
    public void Superior_told_six_days_before_fails_under_the_collection_which_asks_a_week()
        => Assert.Equal(["OL107.Late"], Told(DaysBefore(6)).Keys("OL107", PolicyPresets.Collection));

    [Fact]
    public void The_national_default_asks_only_that_the_superior_is_told_before_the_meeting()
    {
        Assert.Equal(RuleOutcome.Passed, Told(DaysBefore(0)).Outcome("OL107"));
        Assert.Equal(RuleOutcome.Violated, Told(DaysBefore(-1)).Outcome("OL107"));
    }

    [Fact]
    public void The_days_are_a_knob()
        => Assert.Equal(RuleOutcome.Passed, Told(DaysBefore(3)).Outcome("OL107", PolicyPresets.National with { SuperiorNoticeDays = 3 }));

    [Fact]
    public void A_policy_that_does_not_require_the_notice_passes_without_data()
    {
        var off = PolicyPresets.National with { SuperiorNoticeRequired = false };
        Assert.Equal(RuleOutcome.Passed, Told(Occurrence.NotDone).Outcome("OL107", off));
        Assert.Equal(RuleOutcome.Passed, new BranchRecord().Outcome("OL107", off));
    }

    [Fact]
    public void Superior_notice_is_not_evaluated_when_not_recorded()
        => Told(null).AssertMissing("OL107", "preparation.superiorNotice");
}
