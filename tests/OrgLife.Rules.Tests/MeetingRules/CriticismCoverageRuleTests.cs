using System.Collections.Immutable;
using OrgLife.Ids;
using OrgLife.Meetings;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class CriticismCoverageRuleTests
{
    private static Remark R(int from, int to, RemarkKind kind = RemarkKind.Criticism) => new() { FromMemberId = Sample.Id(from), ToMemberId = Sample.Id(to), Kind = kind };

    private static Records.BranchRecord With(int present, ImmutableArray<Remark> remarks, ImmutableArray<MemberId>? order = null)
    {
        var branch = Sample.Branch(4);
        return MeetingSamples.Record(branch, Sample.Meeting() with { Attendance = Sample.Attendance(branch, present), Remarks = remarks, SelfExaminationOrder = order });
    }

    private static ImmutableArray<Remark> Full(int participants) => MeetingSamples.FullCriticism([.. Enumerable.Range(1, participants).Select(Sample.Id)]);

    [Fact]
    public void Every_participant_criticizing_every_examinee_passes()
        => Assert.Equal(RuleOutcome.Passed, With(4, Full(4)).Outcome("OL206"));

    [Fact]
    public void A_work_suggestion_does_not_count_as_a_criticism()
    {
        var remarks = Full(4).Replace(R(2, 3), R(2, 3, RemarkKind.WorkSuggestion));
        var finding = With(4, remarks).Validate().Result("OL206").Findings.Single();
        Assert.Equal("m03", finding.Subject.Id);
        Assert.Equal("Member 2", finding.Arguments["critics"]);
    }

    [Fact]
    public void Absent_members_are_neither_critics_nor_examinees()
        => Assert.Equal(RuleOutcome.Passed, With(3, Full(3)).Outcome("OL206"));

    [Fact]
    public void Only_those_who_gave_a_self_examination_are_examinees_when_the_order_is_recorded()
    {
        ImmutableArray<Remark> remarks = [R(2, 1), R(3, 1), R(4, 1)];
        Assert.Equal(RuleOutcome.Passed, With(4, remarks, [Sample.Id(1)]).Outcome("OL206"));
        Assert.Equal(["m01", "m02", "m03", "m04"], With(4, [], null).Subjects("OL206"));
    }

    [Fact]
    public void The_per_participant_policy_needs_one_criticism_from_each_participant()
    {
        var policy = PolicyPresets.National with { CriticismCoverage = CriticismCoverage.EveryParticipantAtLeastOnce };
        ImmutableArray<Remark> remarks = [R(1, 2), R(2, 1), R(3, 1), R(4, 3, RemarkKind.WorkSuggestion)];
        Assert.Equal(["m04"], With(4, remarks).Subjects("OL206", policy));
        Assert.Equal(RuleOutcome.Passed, With(4, remarks.Add(R(4, 1))).Outcome("OL206", policy));
    }

    [Fact]
    public void Criticism_coverage_is_not_evaluated_without_remarks_or_attendance()
    {
        MeetingSamples.Record(Sample.Branch(4), Sample.Meeting()).AssertMissing("OL206", "meeting.attendance", "meeting.remarks");
        var branch = Sample.Branch(4);
        MeetingSamples.Record(branch, Sample.Meeting() with { Attendance = Sample.Attendance(branch, 4) }).AssertMissing("OL206", "meeting.remarks");
    }
}
