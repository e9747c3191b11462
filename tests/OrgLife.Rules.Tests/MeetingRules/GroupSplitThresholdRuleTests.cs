using OrgLife.Findings;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class GroupSplitThresholdRuleTests
{
    private static Records.BranchRecord Split(int full, bool? split, int probationary = 0)
        => MeetingSamples.Record(Sample.Branch(full, probationary), Sample.Meeting() with { EvaluationSplitIntoPartyGroups = split });

    [Fact]
    public void A_branch_of_19_that_splits_is_an_error()
    {
        var finding = Split(19, true).Validate(PolicyPresets.District2017).Result("OL212").Findings.Single();
        Assert.Equal(("OL212.TooSmall", Severity.Error), (finding.MessageKey, finding.Severity));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(21)]
    public void A_branch_of_20_or_more_may_split(int size)
    {
        var result = Split(size, true).Validate(PolicyPresets.District2017).Result("OL212");
        Assert.Equal(RuleOutcome.Passed, result.Outcome);
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(21)]
    public void A_branch_of_20_or_more_that_does_not_split_is_told_it_may(int size)
    {
        var result = Split(size, false).Validate(PolicyPresets.District2017).Result("OL212");
        Assert.Equal(RuleOutcome.Passed, result.Outcome);
        Assert.Equal(("OL212.MaySplit", Severity.Info), (result.Findings.Single().MessageKey, result.Findings.Single().Severity));
    }

    [Fact]
    public void A_branch_of_19_that_does_not_split_passes_silently()
        => Assert.Empty(Split(19, false).Validate(PolicyPresets.District2017).Result("OL212").Findings);

    [Fact]
    public void Probationary_members_count_toward_the_branch_size()
        => Assert.Equal(RuleOutcome.Passed, Split(18, true, probationary: 2).Outcome("OL212", PolicyPresets.District2017));

    [Fact]
    public void The_threshold_is_a_knob()
        => Assert.Equal(RuleOutcome.Violated, Split(20, true).Outcome("OL212", PolicyPresets.National with { GroupSplitThreshold = 21 }));

    [Fact]
    public void Group_split_is_not_evaluated_when_not_recorded() => Split(20, null).AssertMissing("OL212", "meeting.evaluationSplitIntoPartyGroups");

    [Fact]
    public void The_national_default_sets_no_size_threshold_so_a_small_branch_may_split()
        => Assert.Equal(RuleOutcome.Passed, Split(5, true).Outcome("OL212", PolicyPresets.National));
}
