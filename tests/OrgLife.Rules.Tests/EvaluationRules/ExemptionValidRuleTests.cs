using OrgLife.Ids;
using OrgLife.Rules.Tests.Support;
using static OrgLife.Rules.Tests.Support.EvaluationSamples;

namespace OrgLife.Rules.Tests.EvaluationRules;

public sealed class ExemptionValidRuleTests
{
    private static RuleResult Run(bool leadingCadre, bool attended, MemberId? exempt = null)
    {
        var branch = Sample.Branch(4);
        branch = branch.WithMembers(branch.Members.Select(m => m.Id == Sample.Id(2) ? m with { IsLeadingCadre = leadingCadre, AttendedDemocraticLifeMeetingThisYear = attended } : m));
        return Record(branch, Complete(branch) with { ExemptFromAssessment = [exempt ?? Sample.Id(2)] }).Validate().Result("OL310");
    }

    [Fact]
    public void A_leading_cadre_who_attended_the_democratic_life_meeting_may_be_exempt()
        => Assert.Equal(RuleOutcome.Passed, Run(leadingCadre: true, attended: true).Outcome);

    [Theory]
    [InlineData(false, true, "OL310.NotLeadingCadre")]
    [InlineData(false, false, "OL310.NotLeadingCadre")]
    [InlineData(true, false, "OL310.NoDemocraticLifeMeeting")]
    public void Any_other_exemption_is_an_error(bool leadingCadre, bool attended, string key)
        => Assert.Equal(key, Assert.Single(Run(leadingCadre, attended).Findings).MessageKey);

    [Fact]
    public void An_exemption_for_someone_not_on_the_roster_is_an_error()
        => Assert.Equal("OL310.NotOnRoster", Assert.Single(Run(true, true, new MemberId("nobody")).Findings).MessageKey);

    [Fact]
    public void Without_an_exemption_list_the_rule_is_not_evaluated()
    {
        var branch = Sample.Branch(4);
        Assert.Equal(["evaluation.exemptFromAssessment"], Record(branch, Complete(branch) with { ExemptFromAssessment = null }).Validate().Result("OL310").MissingData.ToArray());
    }
}
