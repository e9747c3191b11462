using OrgLife.Meetings;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class LeadingCadresAttendRuleTests
{
    private static Records.BranchRecord Cadre(bool present, bool? leave)
    {
        var branch = Sample.Branch(4);
        branch = branch.WithMembers(branch.Members.Select(m => m.Id == Sample.Id(4) ? m with { IsLeadingCadre = true } : m));
        var attendance = Sample.Attendance(branch, 4).SetItem(3, new AttendanceEntry { MemberId = Sample.Id(4), Present = present, LeaveRequestedInAdvance = leave });
        return MeetingSamples.Record(branch, Sample.Meeting() with { Attendance = attendance });
    }

    [Fact]
    public void A_leading_cadre_who_attends_passes() => Assert.Equal(RuleOutcome.Passed, Cadre(true, null).Outcome("OL215"));

    [Fact]
    public void A_leading_cadre_on_leave_passes() => Assert.Equal(RuleOutcome.Passed, Cadre(false, true).Outcome("OL215"));

    [Fact]
    public void A_leading_cadre_absent_without_leave_is_an_error_as_the_documents_say_must()
    {
        var finding = Cadre(false, false).Validate().Result("OL215").Findings.Single();
        Assert.Equal(("m04", Findings.Severity.Error), (finding.Subject.Id, finding.Severity));
        Assert.Contains("Member 4", finding.Message);
    }

    [Fact]
    public void A_member_whose_leading_cadre_flag_is_not_recorded_makes_the_rule_not_evaluated()
    {
        var branch = Sample.Branch(4);
        branch = branch.WithMembers(branch.Members.Select(m => m.Id == Sample.Id(2) ? m with { IsLeadingCadre = null } : m));
        MeetingSamples.Record(branch, Sample.Meeting() with { Attendance = Sample.Attendance(branch, 4) }).AssertMissing("OL215", "branch.members[1].isLeadingCadre");
    }

    [Fact]
    public void A_democratic_life_meeting_is_not_the_branch_meeting_the_rule_is_about()
        => Assert.Equal(RuleOutcome.NotApplicable, (Cadre(false, false) with { Meeting = Cadre(false, false).Meeting! with { Kind = MeetingKind.DemocraticLife, Form = null } }).Outcome("OL215"));

    [Fact]
    public void Leading_cadres_are_not_evaluated_when_leave_is_not_recorded()
        => Cadre(false, null).AssertMissing("OL215", "meeting.attendance[3].leaveRequestedInAdvance");
}
