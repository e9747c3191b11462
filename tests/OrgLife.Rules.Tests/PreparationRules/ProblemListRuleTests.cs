using OrgLife.Preparation;
using OrgLife.Records;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.PreparationRules;

public sealed class ProblemListRuleTests
{
    private static BranchRecord With(Occurrence? list)
    {
        var branch = Sample.Branch(25);
        return PreparationSamples.Record(branch, PreparationSamples.Compliant(branch) with { CommitteeProblemList = list });
    }

    [Fact]
    public void Committee_problem_list_alone_passes_without_any_written_speech_from_ordinary_members()
    {
        var result = With(Occurrence.On(Sample.MeetingDate.PlusDays(-2))).Validate().Result("OL109");
        Assert.Equal(RuleOutcome.Passed, result.Outcome);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Missing_committee_problem_list_is_an_error_about_the_committee_only()
    {
        var findings = With(Occurrence.NotDone).Validate().Result("OL109").Findings;
        var finding = Assert.Single(findings);
        Assert.Equal("OL109.Missing", finding.MessageKey);
        Assert.Equal(Findings.SubjectKind.Preparation, finding.Subject.Kind);
    }

    [Fact]
    public void Problem_list_is_not_evaluated_when_not_recorded()
        => With(null).AssertMissing("OL109", "preparation.committeeProblemList");

    [Fact]
    public void No_preparation_rule_ever_asks_for_written_speeches_of_ordinary_members()
    {
        var branch = Sample.Branch(25);
        var report = PreparationSamples.Record(branch, new PreparationRecord()).Validate();
        Assert.DoesNotContain(report.Findings, f => f.Message.Contains("speech", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(OrgLife.Rules.Catalogue.RuleCatalogue.Default.Messages, m => m.Chinese.Contains("书面发言材料", StringComparison.Ordinal));
    }
}
