using OrgLife.Members;
using OrgLife.Preparation;
using OrgLife.Records;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.PreparationRules;

public sealed class PriorityTalksRuleTests
{
    private static BranchRecord With(MemberCircumstances circumstances, params Talk[] talks)
    {
        var branch = Sample.Branch(6);
        branch = branch.WithMembers(branch.Members.Select(m => m.Id == Sample.Id(5) ? m with { Circumstances = circumstances } : m));
        return PreparationSamples.Record(branch, PreparationSamples.Compliant(branch) with { Talks = [.. talks] });
    }

    private static Talk T(int a, int b, int daysBefore = 5) => new(Sample.Id(a), Sample.Id(b), Sample.MeetingDate.PlusDays(-daysBefore));

    [Theory]
    [InlineData(MemberCircumstances.Mobile)]
    [InlineData(MemberCircumstances.Veteran)]
    [InlineData(MemberCircumstances.Hardship)]
    [InlineData(MemberCircumstances.HealthProblem)]
    [InlineData(MemberCircumstances.Disciplined)]
    [InlineData(MemberCircumstances.ElderlyOrInfirm)]
    public void A_member_in_priority_circumstances_without_a_committee_talk_is_an_error(MemberCircumstances circumstances)
    {
        var finding = With(circumstances, T(4, 5)).Validate().Result("OL105").Findings.Single();
        Assert.Equal("m05", finding.Subject.Id);
        Assert.Equal(Findings.Severity.Error, finding.Severity);
    }

    [Fact]
    public void A_talk_with_a_committee_member_passes()
        => Assert.Equal(RuleOutcome.Passed, With(MemberCircumstances.Mobile | MemberCircumstances.Hardship, T(3, 5)).Outcome("OL105"));

    [Fact]
    public void Members_without_such_circumstances_are_not_checked()
        => Assert.Equal(RuleOutcome.Passed, With(MemberCircumstances.None).Outcome("OL105"));

    [Fact]
    public void A_talk_after_the_meeting_does_not_count()
        => Assert.Equal(["OL105.Missing"], With(MemberCircumstances.Disciplined, T(1, 5, daysBefore: -2)).Keys("OL105"));

    [Fact]
    public void The_circumstances_render_in_Chinese()
    {
        var record = With(MemberCircumstances.Mobile | MemberCircumstances.Hardship);
        var message = record.Validate(culture: Sample.Chinese).Result("OL105").Findings.Single().Message;
        Assert.Contains("流动党员、生活困难", message);
    }

    [Fact]
    public void Priority_talks_are_not_evaluated_without_talks()
        => PreparationSamples.Record(Sample.Branch(5), new PreparationRecord()).AssertMissing("OL105", "preparation.talks");

    [Fact]
    public void A_member_whose_circumstances_were_never_recorded_makes_the_rule_not_evaluated_not_passed()
    {
        var branch = Sample.Branch(6);
        branch = branch.WithMembers(branch.Members.Select(m => m.Id == Sample.Id(5) ? m with { Circumstances = null } : m));
        var record = PreparationSamples.Record(branch, PreparationSamples.Compliant(branch) with { Talks = [T(4, 5)] });

        var result = record.Validate().Result("OL105");

        Assert.Equal(RuleOutcome.NotEvaluated, result.Outcome);
        Assert.Equal(["branch.members[4].circumstances"], result.MissingData.ToArray());
    }

    [Fact]
    public void Circumstances_recorded_as_none_are_a_pass_and_a_proven_violation_stands_beside_unrecorded_ones()
    {
        Assert.Equal(RuleOutcome.Passed, With(MemberCircumstances.None).Outcome("OL105"));

        var branch = Sample.Branch(6);
        branch = branch.WithMembers(branch.Members.Select(m => m.Id == Sample.Id(5) ? m with { Circumstances = MemberCircumstances.Mobile } : m.Id == Sample.Id(6) ? m with { Circumstances = null } : m));
        var record = PreparationSamples.Record(branch, PreparationSamples.Compliant(branch) with { Talks = [T(4, 5)] });
        Assert.Equal(RuleOutcome.Violated, record.Outcome("OL105"));
    }

    [Fact]
    public void The_message_names_the_member_and_uses_the_sources_term_for_disciplined_members()
    {
        var message = With(MemberCircumstances.Disciplined, T(4, 5)).Validate(culture: Sample.Chinese).Result("OL105").Findings.Single().Message;
        Assert.Contains("Member 5", message);
        Assert.Contains("受到纪律处分或者组织处置", message);
    }
}
