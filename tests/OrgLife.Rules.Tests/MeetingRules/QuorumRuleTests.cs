using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrgLife.Members;
using OrgLife.Meetings;
using OrgLife.Records;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class QuorumRuleTests
{
    private static ValidationReport Run(int size, int present, OrgLifePolicy? policy = null, MeetingKind kind = MeetingKind.OrganizationalLife)
    {
        var branch = Sample.Branch(size);
        var record = new BranchRecord { Branch = branch, Meeting = Sample.Meeting(kind) with { Attendance = Sample.Attendance(branch, present) } };
        return record.Validate(policy);
    }

    [Fact]
    public void Quorum_holds_when_exactly_half_of_voting_members_attend_under_the_inclusive_default()
        => Assert.Equal(RuleOutcome.Passed, Run(10, 5).Result("OL201").Outcome);

    [Fact]
    public void Quorum_fails_when_exactly_half_attend_and_the_policy_reads_strictly_more_than_half()
    {
        var strict = PolicyPresets.National with { QuorumMode = QuorumMode.MoreThanHalf };
        Assert.Equal(RuleOutcome.Violated, Run(10, 5, strict).Result("OL201").Outcome);
        Assert.Equal(RuleOutcome.Passed, Run(10, 6, strict).Result("OL201").Outcome);
    }

    [Fact]
    public void Quorum_fails_one_member_below_half()
    {
        var result = Run(11, 5).Result("OL201");
        Assert.Equal(RuleOutcome.Violated, result.Outcome);
        Assert.Equal("6", result.Findings.Single().Arguments["required"]);
    }

    [Fact]
    public void Democratic_life_meeting_needs_two_thirds_inclusive()
    {
        Assert.Equal(RuleOutcome.Passed, Run(9, 6, kind: MeetingKind.DemocraticLife).Result("OL201").Outcome);
        Assert.Equal(RuleOutcome.Violated, Run(9, 5, kind: MeetingKind.DemocraticLife).Result("OL201").Outcome);
    }

    [Fact]
    public void Probationary_members_on_probation_and_excluded_members_never_count()
    {
        var branch = Sample.Branch(4, probationary: 3);
        var members = branch.Members.Select((m, i) => i switch
        {
            2 => m with { OnProbationWithinParty = true },
            3 => m with { AttendanceExclusion = new AttendanceExclusion(AttendanceExclusionReason.AbroadSixMonthsOrMore) },
            _ => m,
        });
        branch = branch.WithMembers(members);

        // Due: m01, m02 only. Present: m01 and the three probationary members, who do not count.
        var attendance = branch.Members.Select((m, i) => new AttendanceEntry { MemberId = m.Id, Present = i == 0 || i >= 4 }).ToArray();
        var record = new BranchRecord { Branch = branch, Meeting = Sample.Meeting() with { Attendance = [.. attendance] } };
        Assert.Equal(RuleOutcome.Passed, record.Validate().Result("OL201").Outcome);

        var strict = PolicyPresets.National with { QuorumMode = QuorumMode.MoreThanHalf };
        var result = record.Validate(strict).Result("OL201");
        Assert.Equal(RuleOutcome.Violated, result.Outcome);
        Assert.Equal("2", result.Findings.Single().Arguments["due"]);
    }

    [Fact]
    public void Quorum_is_not_evaluated_without_attendance()
    {
        var result = new BranchRecord { Branch = Sample.Branch(5), Meeting = Sample.Meeting() }.Validate().Result("OL201");
        Assert.Equal(RuleOutcome.NotEvaluated, result.Outcome);
        Assert.Equal(["meeting.attendance"], result.MissingData.ToArray());
        Assert.Contains("meeting.attendance", result.Note);
    }

    [Property]
    public Property Quorum_is_monotone_in_attendance()
    {
        var shapes = from size in Gen.Choose(1, 50)
                     from present in Gen.Choose(0, size)
                     from extra in Gen.Choose(0, size - present)
                     from strict in ArbMap.Default.GeneratorFor<bool>()
                     select (size, present, extra, strict);
        return Prop.ForAll(shapes.ToArbitrary(), s =>
        {
            var policy = PolicyPresets.National with { QuorumMode = s.strict ? QuorumMode.MoreThanHalf : QuorumMode.HalfOrMore };
            var fewer = Run(s.size, s.present, policy).Result("OL201").Outcome;
            var more = Run(s.size, s.present + s.extra, policy).Result("OL201").Outcome;
            return fewer != RuleOutcome.Passed || more == RuleOutcome.Passed;
        });
    }
}
