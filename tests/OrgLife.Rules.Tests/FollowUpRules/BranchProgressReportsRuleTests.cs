using NodaTime;
using OrgLife.Findings;
using OrgLife.FollowUp;
using OrgLife.Rules.Tests.Support;
using static OrgLife.Rules.Tests.Support.FollowUpSamples;

namespace OrgLife.Rules.Tests.FollowUpRules;

public sealed class BranchProgressReportsRuleTests
{
    private static RuleResult Run(LocalDate asOf, params LocalDate[] reports)
        => Record(new FollowUpRecord { BranchProgressReports = [.. reports] }).Validate(asOf: asOf).Result("OL504");

    [Fact]
    public void A_report_in_each_half_year_passes()
        => Assert.Equal(RuleOutcome.Passed, Run(new(2028, 1, 1), new(2027, 6, 15), new(2027, 12, 1)).Outcome);

    [Fact]
    public void A_half_year_without_a_report_is_an_error_once_it_is_over()
    {
        var onDueDay = Run(new(2027, 6, 15));
        Assert.Equal(RuleOutcome.Passed, onDueDay.Outcome);
        Assert.Equal((Severity.Info, "2027-06-15"), (onDueDay.Findings.Single().Severity, onDueDay.Findings.Single().Arguments["due"]));

        var dayAfter = Run(new(2027, 6, 16));
        Assert.Equal(RuleOutcome.Violated, dayAfter.Outcome);
        Assert.Equal("OL504.PeriodMissed", dayAfter.Findings.First().MessageKey);
    }

    [Fact]
    public void A_report_on_the_meeting_day_does_not_cover_the_first_half_year()
        => Assert.Equal("2026-12-15", Run(new(2027, 7, 1), new LocalDate(2026, 12, 15)).Findings.First().Arguments["from"]);

    [Fact]
    public void The_months_follow_the_policy()
    {
        var quarterly = Policies.PolicyPresets.National with { BranchProgressReportMonths = 3 };
        var result = Record(new FollowUpRecord { BranchProgressReports = [new(2027, 6, 1)] }).Validate(quarterly, asOf: new(2027, 7, 1)).Result("OL504");
        Assert.Equal("2027-03-15", Assert.Single(result.Findings, f => f.Severity == Severity.Error).Arguments["due"]);
    }

    [Fact]
    public void Without_reports_recorded_the_rule_is_not_evaluated()
        => Assert.Equal(["followUp.branchProgressReports"], Record(new FollowUpRecord()).Validate().Result("OL504").MissingData.ToArray());
}
