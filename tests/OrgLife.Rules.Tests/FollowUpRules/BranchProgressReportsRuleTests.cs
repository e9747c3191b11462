using NodaTime;
using OrgLife.Findings;
using OrgLife.FollowUp;
using OrgLife.Rules.Tests.Support;
using static OrgLife.Rules.Tests.Support.FollowUpSamples;

namespace OrgLife.Rules.Tests.FollowUpRules;

public sealed class BranchProgressReportsRuleTests
{
    // City-2019 三(四) "每半年向党员群众通报班子整改情况": a report in every half-year.
    private static RuleResult Run(LocalDate asOf, params LocalDate[] reports)
        => Record(new FollowUpRecord { BranchProgressReports = [.. reports] }).Validate(Policies.PolicyPresets.City2019, asOf: asOf).Result("OL504");

    [Fact]
    public void Under_the_national_default_and_Village_2019_one_report_within_six_months_is_enough()
    {
        // Village-2019 二.6 "党组织半年内要向党员群众通报班子整改情况": one report, not one every half-year.
        foreach (var policy in new[] { Policies.PolicyPresets.National, Policies.PolicyPresets.Village2019 })
        {
            var once = Record(new FollowUpRecord { BranchProgressReports = [new(2027, 3, 1)] }).Validate(policy, asOf: new(2028, 1, 1)).Result("OL504");
            Assert.Equal(RuleOutcome.Passed, once.Outcome);
            Assert.Empty(once.Findings);

            var none = Record(new FollowUpRecord { BranchProgressReports = [] }).Validate(policy, asOf: new(2027, 6, 16)).Result("OL504");
            var finding = Assert.Single(none.Findings);
            Assert.Equal(("OL504.WithinMissed", Severity.Error, "2027-06-15"), (finding.MessageKey, finding.Severity, finding.Arguments["due"]));
            Assert.Contains("within 6 months", finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Under_City_2019_the_second_half_year_needs_its_own_report()
    {
        var result = Run(new(2028, 1, 1), new LocalDate(2027, 3, 1));
        Assert.Equal(RuleOutcome.Violated, result.Outcome);
        Assert.Equal(("OL504.PeriodMissed", "2027-12-15"), (result.Findings.Single().MessageKey, result.Findings.Single().Arguments["due"]));
    }

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
        var quarterly = Policies.PolicyPresets.City2019 with { BranchProgressReportMonths = 3 };
        var result = Record(new FollowUpRecord { BranchProgressReports = [new(2027, 6, 1)] }).Validate(quarterly, asOf: new(2027, 7, 1)).Result("OL504");
        Assert.Equal("2027-03-15", Assert.Single(result.Findings, f => f.Severity == Severity.Error).Arguments["due"]);
    }

    [Fact]
    public void Without_reports_recorded_the_rule_is_not_evaluated()
        => Assert.Equal(["followUp.branchProgressReports"], Record(new FollowUpRecord()).Validate().Result("OL504").MissingData.ToArray());
}
