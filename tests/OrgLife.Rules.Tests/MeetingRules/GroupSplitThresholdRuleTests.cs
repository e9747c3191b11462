using System.Collections.Immutable;
using OrgLife.Branches;
using OrgLife.Findings;
using OrgLife.Ids;
using OrgLife.Meetings;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class GroupSplitThresholdRuleTests
{
    private static readonly OrgLifePolicy District = PolicyPresets.District2017;

    private static Records.BranchRecord Split(int full, bool? split, int probationary = 0, MeetingForm? form = MeetingForm.GeneralMeeting)
        => MeetingSamples.Record(Sample.Branch(full, probationary), Sample.Meeting() with { Form = form, EvaluationSplitIntoPartyGroups = split });

    private static Records.BranchRecord PartyGroupForm(int full, bool? split = null)
        => Split(full, split, form: MeetingForm.PartyGroupMeetings);

    [Fact]
    public void A_branch_of_19_that_splits_is_an_error_under_district_2017()
    {
        var finding = Split(19, true).Validate(District).Result("OL212").Findings.Single();
        Assert.Equal(("OL212.TooSmall", Severity.Error), (finding.MessageKey, finding.Severity));
    }

    [Fact]
    public void A_branch_of_19_holding_the_party_group_form_is_an_error_under_district_2017_whatever_the_flag_says()
    {
        Assert.Equal(["OL212.TooSmall"], PartyGroupForm(19).Keys("OL212", District));
        Assert.Equal(["OL212.TooSmall"], PartyGroupForm(19, split: false).Keys("OL212", District));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(21)]
    public void A_branch_of_20_or_more_may_split(int size)
    {
        var result = PartyGroupForm(size, true).Validate(District).Result("OL212");
        Assert.Equal(RuleOutcome.Passed, result.Outcome);
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(21)]
    public void A_branch_of_20_or_more_that_does_not_split_is_told_it_may(int size)
    {
        var result = Split(size, false).Validate(District).Result("OL212");
        Assert.Equal(RuleOutcome.Passed, result.Outcome);
        Assert.Equal(("OL212.MaySplit", Severity.Info), (result.Findings.Single().MessageKey, result.Findings.Single().Severity));
    }

    [Fact]
    public void A_branch_of_19_that_does_not_split_passes_silently()
        => Assert.Empty(Split(19, false).Validate(District).Result("OL212").Findings);

    [Fact]
    public void Probationary_members_count_toward_the_branch_size()
        => Assert.Equal(RuleOutcome.Passed, Split(18, true, probationary: 2).Outcome("OL212", District));

    [Fact]
    public void The_threshold_is_a_knob()
        => Assert.Equal(RuleOutcome.Violated, Split(20, true).Outcome("OL212", PolicyPresets.National with { GroupSplitThreshold = 21 }));

    [Theory]
    [InlineData(3)]
    [InlineData(19)]
    public void The_national_default_has_no_size_threshold_so_any_branch_may_hold_the_party_group_form(int size)
        => Assert.Empty(PartyGroupForm(size, true).Validate(PolicyPresets.National).Result("OL212").Findings);

    [Fact]
    public void Without_a_threshold_a_branch_with_party_groups_that_does_not_split_is_only_told_it_may()
    {
        var branch = Sample.Branch(8);
        ImmutableArray<PartyGroup> groups =
        [
            new(new PartyGroupId("g1"), "一组", [.. branch.Members.Take(4).Select(m => m.Id)], branch.Members[0].Id),
            new(new PartyGroupId("g2"), "二组", [.. branch.Members.Skip(4).Select(m => m.Id)], branch.Members[4].Id),
        ];
        branch = new Branch(branch.Id, branch.Name, branch.Kind, branch.HasCommittee, branch.Members, groups);
        var result = MeetingSamples.Record(branch, Sample.Meeting() with { EvaluationSplitIntoPartyGroups = false }).Validate(PolicyPresets.National).Result("OL212");
        Assert.Equal(RuleOutcome.Passed, result.Outcome);
        Assert.Equal(("OL212.MaySplitGroups", Severity.Info), (result.Findings.Single().MessageKey, result.Findings.Single().Severity));
    }

    [Fact]
    public void A_recorded_form_other_than_party_groups_without_the_flag_is_no_split()
        => Assert.Empty(Split(19, null).Validate(District).Result("OL212").Findings);

    [Fact]
    public void Group_split_is_not_evaluated_when_neither_form_nor_flag_is_recorded()
        => Split(20, null, form: null).AssertMissing("OL212", "meeting.form", "meeting.evaluationSplitIntoPartyGroups");
}
