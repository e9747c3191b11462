using System.Collections.Immutable;
using NodaTime;
using OrgLife.Evaluation;
using OrgLife.Findings;
using OrgLife.FollowUp;
using OrgLife.Grades;
using OrgLife.Preparation;

namespace OrgLife.Abstractions.Tests.Construction;

/// <summary>The smaller parts of a branch record: evaluation, follow-up, preparation, findings.</summary>
public sealed class RecordPartTests
{
    private static readonly SourceCitation Charter = new("中国共产党章程", "第七条", "Charter");

    [Fact]
    public void A_determination_with_an_unknown_grade_is_rejected_naming_the_member()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Determination { MemberId = "m4", Grade = (Grade)0 });
        Assert.Equal(nameof(Determination.Grade), error.ParamName);
        Assert.Contains("m4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_determination_without_a_grade_is_allowed_for_a_probationary_member()
        => Assert.Null(new Determination { MemberId = "m4", Grade = null }.Grade);

    [Fact]
    public void An_unknown_ballot_scale_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EvaluationRecord { BallotScale = (AssessmentScale)2 });
        Assert.Equal(nameof(EvaluationRecord.BallotScale), error.ParamName);
    }

    [Fact]
    public void An_unknown_evaluation_step_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EvaluationStepRecord((EvaluationStep)0));
        Assert.Equal(nameof(EvaluationStepRecord.Step), error.ParamName);
    }

    [Fact]
    public void An_assessment_result_without_a_member_is_rejected()
        => Assert.Throws<ArgumentException>(() => new AssessmentResult { MemberId = default });

    [Fact]
    public void A_commitment_report_without_a_member_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new MemberCommitmentReport(default, new LocalDate(2025, 4, 1)));
        Assert.Equal(nameof(MemberCommitmentReport.MemberId), error.ParamName);
    }

    [Fact]
    public void A_rectification_item_without_an_ID_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new RectificationItem { Id = "" });
        Assert.Equal(nameof(RectificationItem.Id), error.ParamName);
    }

    [Fact]
    public void A_talk_of_a_member_with_themself_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new Talk("m1", "m1"));
        Assert.Contains("m1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_talk_involves_both_participants_in_either_order()
    {
        var talk = new Talk("m1", "m2");
        Assert.True(talk.Involves("m1") && talk.Involves("m2"));
        Assert.False(talk.Involves("m3"));
    }

    [Fact]
    public void A_rule_descriptor_without_a_source_is_rejected_naming_the_rule()
    {
        var error = Assert.Throws<ArgumentException>(() => new RuleDescriptor(new RuleId("OL303"), "ExcellentCap", "优秀比例", "At most a third.", Severity.Warning, []));
        Assert.Equal("sources", error.ParamName);
        Assert.Contains("OL303", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_descriptor_with_an_unknown_severity_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => new RuleDescriptor(new RuleId("OL303"), "ExcellentCap", "优秀比例", "At most a third.", (Severity)9, [Charter]));
        Assert.Equal("defaultSeverity", error.ParamName);
    }

    [Fact]
    public void A_finding_with_an_unknown_severity_or_an_empty_message_is_rejected()
    {
        var subject = new FindingSubject(SubjectKind.Member, "m1", "branch.members[0]");
        Assert.Throws<ArgumentOutOfRangeException>(() => new Finding(new RuleId("OL302"), (Severity)(-1), subject, "OL302.Violated", ImmutableDictionary<string, string>.Empty, "text", [Charter]));
        var error = Assert.Throws<ArgumentException>(() => new Finding(new RuleId("OL302"), Severity.Error, subject, "OL302.Violated", ImmutableDictionary<string, string>.Empty, " ", [Charter]));
        Assert.Equal("message", error.ParamName);
    }

    [Fact]
    public void A_source_citation_with_an_empty_section_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new SourceCitation("seeds/001.txt", "", "Village-2019"));
        Assert.Equal("section", error.ParamName);
    }
}
