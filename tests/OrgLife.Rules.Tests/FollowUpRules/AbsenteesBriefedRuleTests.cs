using OrgLife.Meetings;
using OrgLife.Records;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.FollowUpRules;

public sealed class AbsenteesBriefedRuleTests
{
    private static RuleResult Run(bool? briefed, int present = 3)
    {
        var branch = Sample.Branch(4);
        var attendance = Sample.Attendance(branch, present).Select(a => a.Present ? a : a with { BriefedAfterwards = briefed });
        return new BranchRecord { Branch = branch, Meeting = Sample.Meeting() with { Attendance = [.. attendance] } }.Validate().Result("OL509");
    }

    [Fact]
    public void A_briefed_absentee_passes_and_so_does_full_attendance()
    {
        Assert.Equal(RuleOutcome.Passed, Run(true).Outcome);
        Assert.Equal(RuleOutcome.Passed, Run(null, present: 4).Outcome);
    }

    [Fact]
    public void An_absentee_not_briefed_is_a_warning_naming_them()
    {
        var finding = Assert.Single(Run(false).Findings);
        Assert.Equal(("m04", "meeting.attendance[3]"), (finding.Subject.Id, finding.Subject.Path));
    }

    [Fact]
    public void Unrecorded_briefing_or_attendance_is_not_evaluated()
    {
        Assert.Equal(["meeting.attendance[3].briefedAfterwards"], Run(null).MissingData.ToArray());
        Assert.Equal(["meeting.attendance"], new BranchRecord { Meeting = Sample.Meeting() }.Validate().Result("OL509").MissingData.ToArray());
    }
}
