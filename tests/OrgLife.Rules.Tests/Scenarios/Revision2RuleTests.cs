using System.Collections.Immutable;
using OrgLife.Evaluation;
using OrgLife.Findings;
using OrgLife.FollowUp;
using OrgLife.Grades;
using OrgLife.Meetings;
using OrgLife.Preparation;
using OrgLife.Records;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.Scenarios;

/// <summary>The rules RULES.md Revision 2 adds (OL110, OL111, OL312, OL510, OL511) and the 民主生活会 "not applicable" outcome.</summary>
public sealed class Revision2RuleTests
{
    private static readonly Occurrence Before = Occurrence.On(Sample.MeetingDate.PlusDays(-5));
    private static readonly Occurrence After = Occurrence.On(Sample.MeetingDate.PlusDays(5));

    private static BranchRecord DemocraticLife(PreparationRecord preparation, FollowUpRecord? followUp = null)
        => PreparationSamples.Record(Sample.Branch(5), preparation, MeetingKind.DemocraticLife) with { FollowUp = followUp };

    [Fact]
    public void Speech_outlines_written_and_reviewed_pass_and_a_missing_review_is_an_error()
    {
        Assert.Equal(RuleOutcome.Passed, DemocraticLife(new() { SpeechOutlinesWritten = Before, SpeechOutlinesReviewed = Before }).Outcome("OL110"));

        var finding = DemocraticLife(new() { SpeechOutlinesWritten = Before, SpeechOutlinesReviewed = Occurrence.NotDone }).Validate(culture: Sample.Chinese).Result("OL110").Findings.Single();
        Assert.Equal((Severity.Error, "preparation.speechOutlinesReviewed"), (finding.Severity, finding.Subject.Path));
        Assert.Contains("审核把关", finding.Message);
    }

    [Fact]
    public void Speech_outlines_are_not_evaluated_when_unrecorded_and_not_applicable_to_an_organizational_life_meeting()
    {
        Assert.Equal(["preparation.speechOutlinesReviewed"], DemocraticLife(new() { SpeechOutlinesWritten = Before }).Validate().Result("OL110").MissingData.ToArray());
        Assert.Equal(RuleOutcome.NotApplicable, PreparationSamples.Record(Sample.Branch(5), new()).Outcome("OL110"));
    }

    [Fact]
    public void Opinions_not_reported_to_the_superior_are_an_error_and_before_the_meeting_only_information()
    {
        var record = DemocraticLife(new() { OpinionsFedBack = Before, OpinionsReportedToSuperior = Occurrence.NotDone });
        Assert.Equal(RuleOutcome.Violated, record.Outcome("OL111"));
        var early = record.Validate(asOf: Sample.MeetingDate.PlusDays(-3)).Result("OL111");
        Assert.Equal((RuleOutcome.Passed, Severity.Info), (early.Outcome, early.Findings.Single().Severity));
    }

    [Fact]
    public void An_evaluation_ordered_redone_and_not_redone_is_an_error()
    {
        BranchRecord With(Occurrence? ordered, Occurrence? redone)
            => EvaluationSamples.Record(Sample.Branch(4), EvaluationSamples.Complete(Sample.Branch(4)) with { RedoOrdered = ordered, Redone = redone });

        Assert.Equal(RuleOutcome.Passed, With(Occurrence.NotDone, null).Outcome("OL312"));
        Assert.Equal(RuleOutcome.Passed, With(After, After).Outcome("OL312"));
        Assert.Equal(Severity.Error, With(After, Occurrence.NotDone).Validate().Result("OL312").Findings.Single().Severity);
        Assert.Equal(["evaluation.redoOrdered"], With(null, null).Validate().Result("OL312").MissingData.ToArray());
        Assert.Equal(["evaluation.redone"], With(After, null).Validate().Result("OL312").MissingData.ToArray());
    }

    [Fact]
    public void A_democratic_life_meeting_must_be_briefed_an_organizational_life_meeting_only_under_the_collection()
    {
        var notBriefed = new FollowUpRecord { MeetingBriefed = Occurrence.NotDone };
        Assert.Equal(Severity.Error, FollowUpSamples.Record(notBriefed, MeetingKind.DemocraticLife).Validate().Result("OL510").Findings.Single().Severity);
        Assert.Equal(RuleOutcome.NotApplicable, FollowUpSamples.Record(notBriefed).Outcome("OL510"));
        Assert.Equal(RuleOutcome.Violated, FollowUpSamples.Record(notBriefed).Outcome("OL510", PolicyPresets.Collection));
    }

    [Fact]
    public void Archives_are_a_warning_where_the_document_asks_and_switched_off_under_city_2019()
    {
        var notArchived = FollowUpSamples.Record(new FollowUpRecord { RecordsArchived = Occurrence.NotDone });
        Assert.Equal(Severity.Warning, notArchived.Validate(PolicyPresets.District2017).Result("OL511").Findings.Single().Severity);
        Assert.Equal(RuleOutcome.Violated, notArchived.Outcome("OL511", PolicyPresets.Village2019));
        Assert.Equal(RuleOutcome.Disabled, notArchived.Outcome("OL511", PolicyPresets.City2019));
    }

    [Theory]
    [InlineData("OL301")]
    [InlineData("OL303")]
    [InlineData("OL304")]
    [InlineData("OL310")]
    [InlineData("OL312")]
    [InlineData("OL504")]
    [InlineData("OL505")]
    [InlineData("OL506")]
    public void Evaluation_rules_and_member_reports_are_not_applicable_to_a_democratic_life_meeting_never_passed_nor_not_evaluated(string rule)
    {
        var report = new BranchRecord { Branch = Sample.Branch(5), Meeting = Sample.Meeting(MeetingKind.DemocraticLife) }.Validate(culture: Sample.Chinese);

        var result = report.Result(rule);
        Assert.Equal(RuleOutcome.NotApplicable, result.Outcome);
        Assert.Equal("不适用于民主生活会。", result.Note);
    }

    [Fact]
    public void A_qualified_member_without_the_encouragement_the_documents_ask_gets_information()
    {
        var branch = Sample.Branch(3);
        var determinations = EvaluationSamples.AllQualified(branch).SetItem(1, EvaluationSamples.Determined(Sample.Id(2), Grade.Qualified) with { FollowUps = ImmutableArray<GradeFollowUp>.Empty });
        var result = EvaluationSamples.Record(branch, new EvaluationRecord { Determinations = determinations }).Validate(culture: Sample.Chinese).Result("OL308");

        Assert.Equal(RuleOutcome.Passed, result.Outcome);
        var finding = result.Findings.Single();
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("肯定优点、提出希望和要求", finding.Message);
    }

    [Fact]
    public void An_approved_postponement_moves_the_campaign_deadline_to_its_new_date()
    {
        var late = new BranchRecord { Meeting = Sample.Meeting() with { Date = new NodaTime.LocalDate(2019, 4, 10) } };
        Assert.Equal(RuleOutcome.Violated, late.Outcome("OL507", PolicyPresets.City2019));

        var approved = late with { Meeting = late.Meeting! with { Postponement = new PostponementApproval { NewDeadline = new NodaTime.LocalDate(2019, 4, 30) } } };
        Assert.Equal(RuleOutcome.Passed, approved.Outcome("OL507", PolicyPresets.City2019));
    }
}
