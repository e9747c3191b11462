using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class CompliantMeetingTests
{
    [Theory]
    [InlineData(8)]
    [InlineData(18)]
    public void A_compliant_record_passes_every_preparation_and_meeting_rule_without_findings(int size)
    {
        var branch = Sample.Branch(size, probationary: 1);
        var record = MeetingSamples.Record(branch, MeetingSamples.Compliant(branch)) with { Preparation = PreparationSamples.Compliant(branch) };
        var report = record.Validate();
        foreach (var result in report.Results.Where(r => r.RuleId.Section is 1 or 2))
        {
            // Under the national default (no size threshold) OL212 only says, as information, that the evaluation may be split.
            var findings = result.RuleId.Value == "OL212" ? result.Findings.Where(f => f.Severity > Findings.Severity.Info) : result.Findings;
            Assert.True(result.Outcome is RuleOutcome.Passed or RuleOutcome.NotApplicable && !findings.Any(), $"{result.RuleId}: {result.Outcome} {string.Join("; ", result.Findings)}");
        }
    }
}
