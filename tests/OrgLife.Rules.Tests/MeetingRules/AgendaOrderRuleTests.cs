using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrgLife.Meetings;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class AgendaOrderRuleTests
{
    private static Records.BranchRecord With(MeetingKind kind, MeetingForm? form, params AgendaStep[] agenda)
        => MeetingSamples.Record(Sample.Branch(6), Sample.Meeting() with { Kind = kind, Form = form, Agenda = [.. agenda] });

    [Theory]
    [MemberData(nameof(PresetData.PresetsAndForms), MemberType = typeof(PresetData))]
    public void Each_form_passes_with_the_steps_its_presets_document_lists_in_order(string preset, MeetingForm form)
    {
        var policy = PolicyPresets.ByName(preset);
        var record = With(MeetingKind.OrganizationalLife, form, [.. MeetingSamples.Agenda(policy.Agendas.For(MeetingKind.OrganizationalLife, form))]);
        Assert.Empty(record.Validate(policy).Result("OL204").Findings);
    }

    [Fact]
    public void The_city_2019_general_meeting_form_needs_its_six_numbered_steps()
    {
        var record = With(MeetingKind.OrganizationalLife, MeetingForm.GeneralMeeting, AgendaStep.WorkReport, AgendaStep.SecretarySelfExamination, AgendaStep.MembersInTurn, AgendaStep.DemocraticAssessment, AgendaStep.SecretaryStatement);
        var finding = record.Validate(PolicyPresets.City2019).Result("OL204").Findings.Single();
        Assert.Equal("OL204.Missing", finding.MessageKey);
        Assert.Equal("SuperiorComments", finding.Arguments["step"]);
    }

    [Fact]
    public void A_step_the_form_allows_but_its_template_does_not_ask_for_may_appear_anywhere()
    {
        AgendaStep[] agenda = [AgendaStep.WorkReport, AgendaStep.SecretarySelfExamination, AgendaStep.SuperiorComments, AgendaStep.MembersInTurn, AgendaStep.SelfEvaluation, AgendaStep.PeerEvaluation, AgendaStep.DemocraticAssessment, AgendaStep.SuperiorComments, AgendaStep.SecretaryStatement];
        Assert.Empty(With(MeetingKind.OrganizationalLife, MeetingForm.GeneralMeeting, agenda).Validate(PolicyPresets.National).Result("OL204").Findings);
    }

    [Fact]
    public void A_required_step_held_twice_is_reported_as_repeated()
    {
        var record = With(MeetingKind.OrganizationalLife, MeetingForm.GeneralMeeting, AgendaStep.WorkReport, AgendaStep.SecretarySelfExamination, AgendaStep.MembersInTurn, AgendaStep.DemocraticAssessment, AgendaStep.DemocraticAssessment, AgendaStep.SuperiorComments, AgendaStep.SecretaryStatement);
        var finding = record.Validate(PolicyPresets.City2019).Result("OL204").Findings.Single();
        Assert.Equal("OL204.Repeated", finding.MessageKey);
        Assert.Equal("2", finding.Arguments["count"]);
    }

    [Fact]
    public void A_step_of_another_forms_part_is_reported_as_foreign()
    {
        var agenda = MeetingSamples.Agenda(PolicyPresets.City2019.Agendas.CommitteeForm).Add(AgendaStep.PartyGroupSelfAndPeerEvaluation);
        var record = With(MeetingKind.OrganizationalLife, MeetingForm.CommitteeMeeting, [.. agenda]);
        var finding = record.Validate(PolicyPresets.City2019).Result("OL204").Findings.Single();
        Assert.Equal("OL204.Foreign", finding.MessageKey);
        Assert.Equal("PartyGroupSelfAndPeerEvaluation", finding.Arguments["step"]);
    }

    [Fact]
    public void Steps_out_of_order_are_reported()
    {
        var record = With(MeetingKind.OrganizationalLife, MeetingForm.GeneralMeeting, AgendaStep.WorkReport, AgendaStep.MembersInTurn, AgendaStep.SecretarySelfExamination, AgendaStep.DemocraticAssessment, AgendaStep.SuperiorComments, AgendaStep.SecretaryStatement);
        var finding = record.Validate(PolicyPresets.City2019, culture: Sample.Chinese).Result("OL204").Findings.Single();
        Assert.Equal("OL204.OutOfOrder", finding.MessageKey);
        Assert.Equal("党员大会议程中，“党员逐一对照检查”环节应在“书记对照检查”环节之后。", finding.Message);
    }

    [Fact]
    public void District_2017_lets_the_committee_rating_and_the_assessment_come_in_either_order()
    {
        AgendaStep[] agenda = [AgendaStep.LeadStudy, AgendaStep.CommitteeCriticismBriefing, AgendaStep.SelfEvaluation, AgendaStep.PeerEvaluation, AgendaStep.DemocraticAssessment, AgendaStep.CommitteeRating];
        Assert.Empty(With(MeetingKind.OrganizationalLife, MeetingForm.GeneralMeeting, agenda).Validate(PolicyPresets.District2017).Result("OL204").Findings);
    }

    [Fact]
    public void District_2017_committee_form_needs_its_lead_study_at_both_meetings()
    {
        var agenda = MeetingSamples.Agenda(PolicyPresets.District2017.Agendas.CommitteeForm).Remove(AgendaStep.LeadStudy);
        var keys = With(MeetingKind.OrganizationalLife, MeetingForm.CommitteeMeeting, [.. agenda]).Keys("OL204", PolicyPresets.District2017);
        Assert.Contains("OL204.Missing", keys);
    }

    [Fact]
    public void A_democratic_life_meeting_uses_its_own_agenda()
    {
        var democraticLife = MeetingSamples.Agenda(PolicyPresets.District2017.Agendas.DemocraticLife);
        Assert.Equal(RuleOutcome.Passed, With(MeetingKind.DemocraticLife, null, [.. democraticLife]).Outcome("OL204"));
        Assert.Equal(RuleOutcome.Violated, With(MeetingKind.DemocraticLife, null, [.. MeetingSamples.Agenda(PolicyPresets.City2019.Agendas.GeneralMeetingForm)]).Outcome("OL204"));
    }

    [Fact]
    public void An_empty_agenda_lacks_every_required_step()
    {
        var keys = With(MeetingKind.OrganizationalLife, MeetingForm.PartyGroupMeetings).Keys("OL204", PolicyPresets.City2019);
        Assert.Equal(Enumerable.Repeat("OL204.Missing", 5), keys);
    }

    [Fact]
    public void Agenda_is_not_evaluated_without_the_agenda_or_the_form()
    {
        MeetingSamples.Record(Sample.Branch(6), Sample.Meeting()).AssertMissing("OL204", "meeting.agenda");
        MeetingSamples.Record(Sample.Branch(6), Sample.Meeting() with { Form = null }).AssertMissing("OL204", "meeting.form", "meeting.agenda");
    }

    [Property]
    public Property Any_agenda_of_any_steps_under_any_preset_and_form_gives_findings_never_an_exception()
    {
        var cases = from preset in Gen.Elements([.. PolicyPresets.All])
                    from kind in Gen.Elements(MeetingKind.OrganizationalLife, MeetingKind.DemocraticLife)
                    from form in Gen.Elements(MeetingForm.CommitteeMeeting, MeetingForm.GeneralMeeting, MeetingForm.PartyGroupMeetings)
                    from steps in Gen.Choose(-2, 24).Select(n => (AgendaStep)n).ListOf()
                    select (preset, kind, form, steps);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var result = With(c.kind, c.form, [.. c.steps]).Validate(c.preset).Result("OL204");
            var template = c.preset.Agendas.For(c.kind, c.form);
            var exact = c.steps.SequenceEqual(MeetingSamples.Agenda(template));
            return result.Outcome != RuleOutcome.NotEvaluated && (!exact || result.Findings.IsEmpty);
        });
    }
}
