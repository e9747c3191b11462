using OrgLife.Meetings;
using OrgLife.Members;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class AbsenteeStatementRuleTests
{
    private static Records.BranchRecord Absentee(bool? leave, bool? statement, bool excluded = false)
    {
        var branch = Sample.Branch(4);
        if (excluded)
        {
            branch = branch.WithMembers(branch.Members.Select(m => m.Id == Sample.Id(4) ? m with { AttendanceExclusion = new AttendanceExclusion(AttendanceExclusionReason.ServingSentence) } : m));
        }

        var attendance = Sample.Attendance(branch, 3).SetItem(3, new AttendanceEntry { MemberId = Sample.Id(4), Present = false, LeaveRequestedInAdvance = leave, WrittenStatementEntered = statement });
        return MeetingSamples.Record(branch, Sample.Meeting() with { Attendance = attendance });
    }

    [Fact]
    public void An_absentee_with_leave_and_a_written_statement_passes()
        => Assert.Equal(RuleOutcome.Passed, Absentee(true, true).Outcome("OL210"));

    [Fact]
    public void Each_missing_item_is_information_at_an_organizational_life_meeting()
    {
        var findings = Absentee(false, false).Validate().Result("OL210").Findings;
        Assert.Equal(["OL210.NoLeave", "OL210.NoStatement"], findings.Select(f => f.MessageKey).ToArray());
        Assert.All(findings, f => Assert.Equal(Findings.Severity.Info, f.Severity));
        Assert.Equal("meeting.attendance[3]", findings[0].Subject.Path);
    }

    [Fact]
    public void Each_missing_item_is_an_error_at_a_democratic_life_meeting()
    {
        var record = Absentee(false, false);
        record = record with { Meeting = record.Meeting! with { Kind = MeetingKind.DemocraticLife, Form = null } };
        var findings = record.Validate().Result("OL210").Findings;
        Assert.Equal(["OL210.NoLeave", "OL210.NoStatement"], findings.Select(f => f.MessageKey).ToArray());
        Assert.All(findings, f => Assert.Equal(Findings.Severity.Error, f.Severity));
    }

    [Theory]
    [InlineData(ParticipationMode.AtInflowOrganization)]
    [InlineData(ParticipationMode.SuitableMeans)]
    [InlineData(ParticipationMode.PhoneOrNetwork)]
    public void A_member_who_took_part_other_than_in_person_is_no_absentee(ParticipationMode mode)
    {
        var record = Absentee(false, false);
        var attendance = record.Meeting!.Attendance!.Value;
        record = record with { Meeting = record.Meeting with { Attendance = attendance.SetItem(3, attendance[3] with { ParticipatedBy = mode }) } };
        Assert.Empty(record.Validate().Result("OL210").Findings);
        Assert.Empty(record.Validate().Result("OL509").Findings);
    }

    [Fact]
    public void Members_excluded_with_approval_need_neither()
        => Assert.Equal(RuleOutcome.Passed, Absentee(false, false, excluded: true).Outcome("OL210"));

    [Fact]
    public void Unrecorded_flags_of_an_absentee_are_named_as_missing()
    {
        Absentee(null, true).AssertMissing("OL210", "meeting.attendance[3].leaveRequestedInAdvance");
        MeetingSamples.Record(Sample.Branch(4), Sample.Meeting()).AssertMissing("OL210", "meeting.attendance");
    }
}
