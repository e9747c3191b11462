using NodaTime;
using OrgLife.Findings;
using OrgLife.FollowUp;
using OrgLife.Members;
using OrgLife.Rules.Tests.Support;
using static OrgLife.Rules.Tests.Support.FollowUpSamples;

namespace OrgLife.Rules.Tests.FollowUpRules;

public sealed class MemberCommitmentReportsRuleTests
{
    private static readonly LocalDate[] QuarterEnds = [new(2027, 3, 15), new(2027, 6, 15), new(2027, 9, 15), new(2027, 12, 15)];

    private static FollowUpRecord Everyone(int members, int quarters)
        => new() { MemberCommitmentReports = [.. Enumerable.Range(1, members).SelectMany(n => QuarterEnds.Take(quarters).Select(d => new MemberCommitmentReport(Sample.Id(n), d)))] };

    [Fact]
    public void Every_member_reporting_every_quarter_passes()
        => Assert.Equal(RuleOutcome.Passed, Record(Everyone(5, 4)).Validate(asOf: new(2028, 1, 1)).Result("OL505").Outcome);

    [Fact]
    public void A_member_who_missed_elapsed_quarters_gets_one_finding()
    {
        var reports = Everyone(5, 4).MemberCommitmentReports!.Value.RemoveAll(r => r.MemberId == Sample.Id(3) && r.Date.Month is 6 or 9);
        var result = Record(new FollowUpRecord { MemberCommitmentReports = reports }).Validate(asOf: new(2028, 1, 1)).Result("OL505");
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("m03", "2", "4", "2027-06-15"), (finding.Subject.Id, finding.Arguments["missed"], finding.Arguments["elapsed"], finding.Arguments["due"]));
    }

    [Fact]
    public void Quarters_not_yet_over_are_not_late_and_give_one_information()
    {
        var result = Record(Everyone(5, 1)).Validate(asOf: new(2027, 6, 15)).Result("OL505");
        Assert.Equal(RuleOutcome.Passed, result.Outcome);
        var info = Assert.Single(result.Findings);
        Assert.Equal((Severity.Info, "5"), (info.Severity, info.Arguments["count"]));
        Assert.Equal(RuleOutcome.Violated, Record(Everyone(5, 1)).Validate(asOf: new(2027, 6, 16)).Result("OL505").Outcome);
    }

    [Fact]
    public void Members_excluded_from_attendance_with_approval_need_not_report()
    {
        var record = Record(Everyone(4, 4));
        record = record with { Branch = record.Branch!.WithMembers(record.Branch!.Members.Select(m => m.Id == Sample.Id(5) ? m with { AttendanceExclusion = new(AttendanceExclusionReason.ServingSentence) } : m)) };
        Assert.Equal(RuleOutcome.Passed, record.Validate(asOf: new(2028, 1, 1)).Result("OL505").Outcome);
    }

    [Fact]
    public void Without_reports_recorded_the_rule_is_not_evaluated()
        => Assert.Equal(["followUp.memberCommitmentReports"], Record(new FollowUpRecord()).Validate().Result("OL505").MissingData.ToArray());
}
