using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrgLife.Branches;
using OrgLife.Ids;
using OrgLife.Meetings;
using OrgLife.Records;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class GroupPartitionRuleTests
{
    /// <summary>A roster of <c>assignment.Length</c> members; member i in group assignment[i] (−1: none); group g led by its first member when leaders[g].</summary>
    private static Branch Grouped(int[] assignment, bool[] leaders)
    {
        var groups = leaders.Select((lead, g) =>
        {
            ImmutableArray<MemberId> members = [.. assignment.Select((group, i) => (group, i)).Where(x => x.group == g).Select(x => Sample.Id(x.i + 1))];
            return new PartyGroup(new PartyGroupId($"g{g}"), $"Group {g}", members, lead && !members.IsEmpty ? members[0] : (MemberId?)null);
        });
        return Sample.Branch(assignment.Length, groups: [.. groups]);
    }

    private static BranchRecord Record(Branch branch, bool[]? present, bool split = true)
        => MeetingSamples.Record(branch, Sample.Meeting() with
        {
            Form = split ? MeetingForm.PartyGroupMeetings : MeetingForm.GeneralMeeting,
            EvaluationSplitIntoPartyGroups = split,
            Attendance = present is null ? null : [.. branch.Members.Select((m, i) => new AttendanceEntry { MemberId = m.Id, Present = present[i] })],
        });

    /// <summary>The reference: the expected findings as (key, subject) pairs, written from the rule's text with plain set operations.</summary>
    private static HashSet<(string, string)> Expected(Branch branch, bool[]? present)
    {
        if (branch.PartyGroups.IsEmpty)
        {
            return [("OL213.NoGroups", "b1")];
        }

        var participants = branch.Members.Where((m, i) => present is null || present[i]).Select(m => m.Id).ToHashSet();
        var grouped = branch.PartyGroups.SelectMany(g => g.MemberIds).ToHashSet();
        var expected = participants.Except(grouped).Select(id => ("OL213.Ungrouped", id.Value)).ToHashSet();
        expected.UnionWith(branch.PartyGroups.Where(g => !g.MemberIds.Intersect(participants).Any()).Select(g => ("OL213.EmptyGroup", g.Id.Value)));
        expected.UnionWith(branch.PartyGroups.Where(g => g.LeaderId is null).Select(g => ("OL213.NoLeader", g.Id.Value)));
        return expected;
    }

    private static HashSet<(string, string)> Actual(BranchRecord record)
        => [.. record.Validate().Result("OL213").Findings.Select(f => (f.MessageKey, f.Subject.Id ?? string.Empty))];

    [Fact]
    public void A_valid_partition_with_leaders_passes()
        => Assert.Equal(RuleOutcome.Passed, Record(Grouped([0, 0, 1, 1, 1], [true, true]), null).Outcome("OL213"));

    [Fact]
    public void An_ungrouped_participant_an_empty_group_and_a_leaderless_group_are_each_reported()
    {
        var branch = Grouped([0, 0, 1, -1, 2], [true, false, true]);
        var actual = Actual(Record(branch, [true, true, true, true, false]));
        Assert.Equal([("OL213.EmptyGroup", "g2"), ("OL213.NoLeader", "g1"), ("OL213.Ungrouped", "m04")], actual.Order().ToArray());
    }

    [Fact]
    public void An_absent_ungrouped_member_is_no_participant()
        => Assert.Equal(RuleOutcome.Passed, Record(Grouped([0, 0, -1], [true]), [true, true, false]).Outcome("OL213"));

    [Fact]
    public void A_split_without_groups_is_an_error()
        => Assert.Equal(["OL213.NoGroups"], Record(Sample.Branch(20), null).Keys("OL213"));

    [Fact]
    public void An_evaluation_not_split_is_not_concerned()
        => Assert.Equal(RuleOutcome.Passed, Record(Sample.Branch(20), null, split: false).Outcome("OL213"));

    [Fact]
    public void Partition_is_not_evaluated_without_the_form_or_the_split_flag()
        => MeetingSamples.Record(Sample.Branch(5), Sample.Meeting() with { Form = null }).AssertMissing("OL213", "meeting.form", "meeting.evaluationSplitIntoPartyGroups");

    [Fact]
    public void The_party_group_form_is_a_split_even_without_the_flag()
        => Assert.Equal(["OL213.NoGroups"], MeetingSamples.Record(Sample.Branch(20), Sample.Meeting() with { Form = MeetingForm.PartyGroupMeetings }).Keys("OL213"));

    [Theory]
    [InlineData(MeetingForm.PartyGroupMeetings, false)]
    [InlineData(MeetingForm.GeneralMeeting, true)]
    [InlineData(MeetingForm.CommitteeMeeting, true)]
    public void A_form_and_a_split_flag_that_contradict_each_other_are_an_error_naming_both_fields(MeetingForm form, bool split)
    {
        var branch = Grouped([0, 0, 1, 1, 1], [true, true]);
        var record = MeetingSamples.Record(branch, Sample.Meeting() with { Form = form, EvaluationSplitIntoPartyGroups = split });
        var finding = record.Validate().Result("OL213").Findings.Single(f => f.MessageKey == "OL213.FormContradictsSplit");
        Assert.Equal(Findings.Severity.Error, finding.Severity);
        Assert.Contains("meeting.form", finding.Message);
        Assert.Contains("meeting.evaluationSplitIntoPartyGroups", finding.Message);
    }

    [Fact]
    public void A_party_group_form_with_a_matching_flag_has_no_contradiction()
        => Assert.Equal(RuleOutcome.Passed, MeetingSamples.Record(Grouped([0, 0, 1, 1, 1], [true, true]), Sample.Meeting() with { Form = MeetingForm.PartyGroupMeetings, EvaluationSplitIntoPartyGroups = true }).Outcome("OL213"));

    [Property]
    public Property The_partition_check_agrees_with_a_plain_reference_implementation()
    {
        var cases = from size in Gen.Choose(1, 30)
                    from groups in Gen.Choose(0, 4)
                    from assignment in Gen.Choose(-1, groups - 1).ArrayOf(size)
                    from leaders in ArbMap.Default.GeneratorFor<bool>().ArrayOf(groups)
                    from present in ArbMap.Default.GeneratorFor<bool>().ArrayOf(size)
                    from recorded in ArbMap.Default.GeneratorFor<bool>()
                    select (assignment, leaders, present: recorded ? present : null);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var branch = Grouped(c.assignment, c.leaders);
            return Expected(branch, c.present).SetEquals(Actual(Record(branch, c.present)));
        });
    }
}
