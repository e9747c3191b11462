using NodaTime;
using OrgLife.Evaluation;
using OrgLife.Findings;
using OrgLife.Records;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.FollowUpRules;

public sealed class CampaignDeadlineRuleTests
{
    private static readonly OrgLifePolicy Village = PolicyPresets.Village2019;

    private static RuleResult Run(LocalDate meeting, LocalDate? determined = null, OrgLifePolicy? policy = null)
    {
        var record = new BranchRecord
        {
            Meeting = Sample.Meeting() with { Date = meeting },
            Evaluation = new EvaluationRecord { Steps = [new(EvaluationStep.SelfEvaluation, meeting), new(EvaluationStep.OrganizationalDetermination, determined)] },
        };
        return record.Validate(policy ?? Village, asOf: new(2019, 6, 1)).Result("OL507");
    }

    [Fact]
    public void A_meeting_on_the_deadline_is_in_time_and_the_day_after_is_late()
    {
        Assert.Equal(RuleOutcome.Passed, Run(new(2019, 3, 20)).Outcome);
        Assert.Equal("OL507.MeetingLate", Assert.Single(Run(new(2019, 3, 21)).Findings).MessageKey);
    }

    [Fact]
    public void A_determination_after_the_deadline_is_late_too()
        => Assert.Equal("OL507.EvaluationLate", Assert.Single(Run(new(2019, 3, 10), new(2019, 3, 21)).Findings).MessageKey);

    [Fact]
    public void A_policy_without_a_deadline_passes_with_information()
    {
        var result = Run(new(2019, 12, 1), policy: PolicyPresets.National);
        Assert.Equal(RuleOutcome.Passed, result.Outcome);
        Assert.Equal((Severity.Info, "OL507.NoDeadline"), (result.Findings.Single().Severity, result.Findings.Single().MessageKey));
    }

    [Fact]
    public void Without_a_meeting_date_the_rule_is_not_evaluated()
        => Assert.Equal(["meeting.date"], new BranchRecord { Meeting = Sample.Meeting() with { Date = null } }.Validate(Village).Result("OL507").MissingData.ToArray());
}
