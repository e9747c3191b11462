using OrgLife.Meetings;
using OrgLife.Rules.MeetingRules;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class AgendaOrderRuleTests
{
    private static Records.BranchRecord With(MeetingKind kind, MeetingForm? form, params AgendaStep[] agenda)
        => MeetingSamples.Record(Sample.Branch(6), Sample.Meeting() with { Kind = kind, Form = form, Agenda = [.. agenda] });

    [Theory]
    [InlineData(MeetingForm.CommitteeMeeting)]
    [InlineData(MeetingForm.GeneralMeeting)]
    [InlineData(MeetingForm.PartyGroupMeetings)]
    public void Each_form_passes_with_its_required_steps_in_order(MeetingForm form)
        => Assert.Equal(RuleOutcome.Passed, With(MeetingKind.OrganizationalLife, form, [.. AgendaOrderRule.RequiredFor(form)]).Outcome("OL204"));

    [Fact]
    public void Extra_steps_between_the_required_ones_are_allowed()
    {
        AgendaStep[] agenda = [AgendaStep.WorkReport, AgendaStep.SelfEvaluation, AgendaStep.SecretarySelfExamination, AgendaStep.MembersInTurn, AgendaStep.PeerEvaluation, AgendaStep.DemocraticAssessment, AgendaStep.SuperiorComments, AgendaStep.SecretaryStatement];
        Assert.Equal(RuleOutcome.Passed, With(MeetingKind.OrganizationalLife, MeetingForm.GeneralMeeting, agenda).Outcome("OL204"));
    }

    [Fact]
    public void A_missing_step_is_named()
    {
        var finding = With(MeetingKind.OrganizationalLife, MeetingForm.GeneralMeeting, AgendaStep.WorkReport, AgendaStep.SecretarySelfExamination, AgendaStep.MembersInTurn, AgendaStep.DemocraticAssessment, AgendaStep.SecretaryStatement)
            .Validate().Result("OL204").Findings.Single();
        Assert.Equal("OL204.Missing", finding.MessageKey);
        Assert.Equal("SuperiorComments", finding.Arguments["step"]);
    }

    [Fact]
    public void Steps_out_of_order_are_reported()
    {
        var record = With(MeetingKind.OrganizationalLife, MeetingForm.GeneralMeeting, AgendaStep.WorkReport, AgendaStep.MembersInTurn, AgendaStep.SecretarySelfExamination, AgendaStep.DemocraticAssessment, AgendaStep.SuperiorComments, AgendaStep.SecretaryStatement);
        var finding = record.Validate(culture: Sample.Chinese).Result("OL204").Findings.Single();
        Assert.Equal("OL204.OutOfOrder", finding.MessageKey);
        Assert.Equal("党员大会议程中，“党员逐一对照检查”环节应在“书记对照检查”环节之后。", finding.Message);
    }

    [Fact]
    public void A_democratic_life_meeting_uses_its_own_agenda()
    {
        Assert.Equal(RuleOutcome.Passed, With(MeetingKind.DemocraticLife, null, [.. AgendaOrderRule.DemocraticLife]).Outcome("OL204"));
        Assert.Equal(RuleOutcome.Violated, With(MeetingKind.DemocraticLife, null, [.. AgendaOrderRule.GeneralForm]).Outcome("OL204"));
    }

    [Fact]
    public void Agenda_is_not_evaluated_without_the_agenda_or_the_form()
    {
        MeetingSamples.Record(Sample.Branch(6), Sample.Meeting()).AssertMissing("OL204", "meeting.agenda");
        MeetingSamples.Record(Sample.Branch(6), Sample.Meeting() with { Form = null }).AssertMissing("OL204", "meeting.form", "meeting.agenda");
    }
}
