using OrgLife.Grades;
using OrgLife.Ids;
using OrgLife.Rules.Tests.Support;
using static OrgLife.Rules.Tests.Support.EvaluationSamples;

namespace OrgLife.Rules.Tests.EvaluationRules;

public sealed class EveryoneGradedRuleTests
{
    private static readonly OrgLife.Branches.Branch Branch = Sample.Branch(5, probationary: 1);

    private static RuleResult Run(Func<OrgLife.Evaluation.EvaluationRecord, OrgLife.Evaluation.EvaluationRecord> change, OrgLife.Branches.Branch? branch = null, Policies.OrgLifePolicy? policy = null)
    {
        branch ??= Branch;
        return Record(branch, change(Complete(branch))).Validate(policy).Result("OL304");
    }

    [Fact]
    public void Every_full_member_graded_once_passes_and_probationary_members_need_no_grade()
        => Assert.Equal(RuleOutcome.Passed, Run(e => e).Outcome);

    [Fact]
    public void A_full_member_without_a_grade_is_named()
    {
        var result = Run(e => e with { Determinations = AllQualified(Branch).RemoveAt(2) });
        var finding = Assert.Single(result.Findings);
        Assert.Equal("OL304.NotGraded", finding.MessageKey);
        Assert.Equal("m03", finding.Subject.Id);
        Assert.Equal("branch.members[2]", finding.Subject.Path);
    }

    [Fact]
    public void A_member_determined_twice_is_a_finding()
    {
        var result = Run(e => e with { Determinations = AllQualified(Branch).Add(Determined(Sample.Id(2), Grade.Excellent)) });
        var finding = Assert.Single(result.Findings);
        Assert.Equal("OL304.DeterminedTwice", finding.MessageKey);
        Assert.Equal("2", finding.Arguments["count"]);
    }

    [Fact]
    public void A_determination_for_someone_not_on_the_roster_is_a_finding()
        => Assert.Equal("OL304.NotOnRoster", Assert.Single(Run(e => e with { Determinations = AllQualified(Branch).Add(Determined(new MemberId("x9"), Grade.Qualified)) }).Findings).MessageKey);

    [Fact]
    public void Where_the_exemption_covers_the_whole_evaluation_only_a_validly_exempt_leading_cadre_may_go_ungraded()
    {
        var whole = Policies.PolicyPresets.Municipal2016;
        var cadre = Branch.WithMembers(Branch.Members.Select(m => m.Id == Sample.Id(4) ? m with { IsLeadingCadre = true, AttendedDemocraticLifeMeetingThisYear = true } : m));
        var withoutM04 = AllQualified(cadre).RemoveAt(3);
        Assert.Equal(RuleOutcome.Passed, Run(e => e with { Determinations = withoutM04, ExemptFromAssessment = [Sample.Id(4)] }, cadre, whole).Outcome);
        Assert.Equal(RuleOutcome.Violated, Run(e => e with { Determinations = withoutM04, ExemptFromAssessment = null }, cadre, whole).Outcome);

        var absentFromMeeting = Branch.WithMembers(Branch.Members.Select(m => m.Id == Sample.Id(4) ? m with { IsLeadingCadre = true } : m));
        Assert.Equal(RuleOutcome.Violated, Run(e => e with { Determinations = withoutM04, ExemptFromAssessment = [Sample.Id(4)] }, absentFromMeeting, whole).Outcome);
    }

    [Fact]
    public void Where_the_exemption_covers_the_assessment_only_an_exempt_leading_cadre_is_still_graded()
    {
        var cadre = Branch.WithMembers(Branch.Members.Select(m => m.Id == Sample.Id(4) ? m with { IsLeadingCadre = true, AttendedDemocraticLifeMeetingThisYear = true } : m));
        var withoutM04 = AllQualified(cadre).RemoveAt(3);

        Assert.Equal(RuleOutcome.Violated, Run(e => e with { Determinations = withoutM04, ExemptFromAssessment = [Sample.Id(4)] }, cadre, Policies.PolicyPresets.Collection).Outcome);
        Assert.Equal(RuleOutcome.Passed, Run(e => e with { ExemptFromAssessment = [Sample.Id(4)] }, cadre, Policies.PolicyPresets.National).Outcome);
    }

    [Fact]
    public void Without_determinations_the_rule_is_not_evaluated()
        => Assert.Equal(RuleOutcome.NotEvaluated, Run(e => e with { Determinations = null }).Outcome);
}
