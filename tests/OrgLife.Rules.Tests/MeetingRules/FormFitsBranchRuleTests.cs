using OrgLife.Meetings;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class FormFitsBranchRuleTests
{
    private static Records.BranchRecord Form(bool hasCommittee, MeetingForm? form)
        => MeetingSamples.Record(Sample.Branch(5, hasCommittee: hasCommittee), Sample.Meeting() with { Form = form });

    [Fact]
    public void A_branch_without_committee_holding_a_general_meeting_passes()
        => Assert.Equal(RuleOutcome.Passed, Form(false, MeetingForm.GeneralMeeting).Outcome("OL214"));

    [Fact]
    public void A_branch_without_committee_cannot_hold_the_committee_form()
        => Assert.Equal(["OL214.NeedsGeneralMeeting"], Form(false, MeetingForm.CommitteeMeeting).Keys("OL214"));

    [Fact]
    public void A_large_branch_without_committee_may_hold_its_criticism_in_party_groups()
        => Assert.Equal(RuleOutcome.Passed, MeetingSamples.Record(Sample.Branch(20, hasCommittee: false), Sample.Meeting() with { Form = MeetingForm.PartyGroupMeetings }).Outcome("OL214", PolicyPresets.District2017));

    [Fact]
    public void A_small_branch_without_committee_may_not_hold_party_groups_where_the_policy_sets_a_size()
        => Assert.Equal(["OL214.TooSmallForGroups"], MeetingSamples.Record(Sample.Branch(19, hasCommittee: false), Sample.Meeting() with { Form = MeetingForm.PartyGroupMeetings }).Keys("OL214", PolicyPresets.District2017));

    [Fact]
    public void Without_a_size_threshold_any_branch_without_committee_may_hold_party_groups()
        => Assert.Equal(RuleOutcome.Passed, Form(false, MeetingForm.PartyGroupMeetings).Outcome("OL214", PolicyPresets.National));

    [Fact]
    public void A_branch_with_a_committee_may_use_any_form()
        => Assert.Equal(RuleOutcome.Passed, Form(true, MeetingForm.CommitteeMeeting).Outcome("OL214"));

    [Fact]
    public void Form_is_not_evaluated_when_not_recorded() => Form(false, null).AssertMissing("OL214", "meeting.form");
}
