using OrgLife.Records;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.PreparationRules;

public sealed class OpinionsSolicitedRuleTests
{
    private static BranchRecord With(Occurrence? opinions)
    {
        var branch = Sample.Branch(8);
        return PreparationSamples.Record(branch, PreparationSamples.Compliant(branch) with { OpinionsSolicited = opinions });
    }

    [Fact]
    public void Opinions_solicited_before_the_meeting_pass()
        => Assert.Equal(RuleOutcome.Passed, With(Occurrence.On(Sample.MeetingDate.PlusDays(-7))).Outcome("OL102"));

    [Fact]
    public void Opinions_not_solicited_are_an_error()
        => Assert.Equal(["OL102.Missing"], With(Occurrence.NotDone).Keys("OL102"));

    [Fact]
    public void Opinions_solicited_without_a_date_count_as_before_the_meeting()
        => Assert.Equal(RuleOutcome.Passed, With(new Occurrence(true)).Outcome("OL102"));

    [Fact]
    public void Opinions_are_not_evaluated_without_a_preparation_record()
        => new BranchRecord { Branch = Sample.Branch(8), Meeting = Sample.Meeting() }.AssertMissing("OL102", "preparation.opinionsSolicited");
}
