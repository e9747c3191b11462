using OrgLife.Meetings;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class FormFitsBranchRuleTests
{
    private static Records.BranchRecord Form(bool hasCommittee, MeetingForm? form)
        => MeetingSamples.Record(Sample.Branch(5, hasCommittee: hasCommittee), Sample.Meeting() with { Form = form });

    [Fact]
    public void A_branch_without_committee_holding_a_general_meeting_passes()
        => Assert.Equal(RuleOutcome.Passed, Form(false, MeetingForm.GeneralMeeting).Outcome("OL214"));

    [Theory]
    [InlineData(MeetingForm.CommitteeMeeting)]
    [InlineData(MeetingForm.PartyGroupMeetings)]
    public void A_branch_without_committee_using_another_form_is_an_error(MeetingForm form)
        => Assert.Equal(["OL214.NeedsGeneralMeeting"], Form(false, form).Keys("OL214"));

    [Fact]
    public void A_branch_with_a_committee_may_use_any_form()
        => Assert.Equal(RuleOutcome.Passed, Form(true, MeetingForm.CommitteeMeeting).Outcome("OL214"));

    [Fact]
    public void Form_is_not_evaluated_when_not_recorded() => Form(false, null).AssertMissing("OL214", "meeting.form");
}
