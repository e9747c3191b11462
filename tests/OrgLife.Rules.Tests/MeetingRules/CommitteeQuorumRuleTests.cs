using System.Collections.Immutable;
using OrgLife.Meetings;
using OrgLife.Members;
using OrgLife.Records;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class CommitteeQuorumRuleTests
{
    private static readonly OrgLifePolicy Strict = PolicyPresets.National with { QuorumMode = QuorumMode.MoreThanHalf };

    /// <summary>A branch of 10 with a committee of <paramref name="committee"/> (m01 secretary, m02… committee members), <paramref name="present"/> of them present.</summary>
    private static BranchRecord Committee(int committee, int present, MeetingForm form = MeetingForm.CommitteeMeeting)
    {
        var branch = Sample.Branch(10);
        branch = branch.WithMembers(branch.Members.Select((m, i) => i is > 0 && i < committee ? m with { Roles = BranchRoles.CommitteeMember } : i == 0 ? m : m with { Roles = BranchRoles.None }));
        ImmutableArray<AttendanceEntry> attendance = [.. branch.Members.Select((m, i) => new AttendanceEntry { MemberId = m.Id, Present = i < present || i >= committee })];
        return MeetingSamples.Record(branch, Sample.Meeting() with { Form = form, Attendance = attendance });
    }

    [Fact]
    public void Committee_quorum_holds_when_exactly_half_attend_under_the_inclusive_default()
        => Assert.Equal(RuleOutcome.Passed, Committee(4, 2).Outcome("OL202"));

    [Fact]
    public void Committee_quorum_fails_when_exactly_half_attend_and_the_policy_reads_strictly_more_than_half()
    {
        var result = Committee(4, 2).Validate(Strict).Result("OL202");
        Assert.Equal(RuleOutcome.Violated, result.Outcome);
        Assert.Equal("3", result.Findings.Single().Arguments["required"]);
        Assert.Equal(RuleOutcome.Passed, Committee(4, 3).Outcome("OL202", Strict));
    }

    [Fact]
    public void Committee_quorum_fails_one_member_below_half()
        => Assert.Equal(RuleOutcome.Violated, Committee(5, 2).Outcome("OL202"));

    [Fact]
    public void Other_forms_are_not_concerned()
        => Assert.Equal(RuleOutcome.Passed, Committee(5, 0, MeetingForm.GeneralMeeting).Outcome("OL202"));

    [Fact]
    public void Committee_quorum_is_not_evaluated_without_attendance()
    {
        var record = MeetingSamples.Record(Sample.Branch(5), Sample.Meeting() with { Form = MeetingForm.CommitteeMeeting });
        record.AssertMissing("OL202", "meeting.attendance");
    }
}
