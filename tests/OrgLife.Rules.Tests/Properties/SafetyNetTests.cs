using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Records;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Validation;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.Properties;

public sealed class SafetyNetTests
{
    [Fact]
    public void A_rule_that_throws_becomes_an_internal_error_result_and_the_other_rules_still_run()
    {
        var catalogue = RuleCatalogue.Of([new Throwing("OL599"), .. RuleCatalogue.Default.Rules]);
        var record = new BranchRecord { Branch = Sample.Branch(4), Meeting = Sample.Meeting() };

        var report = new OrgLifeValidator(catalogue).Validate(record, PolicyPresets.National, Sample.AsOf, Sample.English);

        Assert.Equal(catalogue.Rules.Length, report.Results.Length);
        var failed = report.Result("OL599");
        Assert.Equal(RuleOutcome.Violated, failed.Outcome);
        var finding = Assert.Single(failed.Findings);
        Assert.Equal((Severity.Error, "Common.InternalError"), (finding.Severity, finding.MessageKey));
        Assert.Contains("OL599", finding.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(InvalidOperationException), finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", finding.Message, StringComparison.Ordinal);
        var plain = Sample.Validate(record);
        Assert.Equal(plain.Results.Select(r => (r.RuleId, r.Outcome, r.Note)), report.Results.Where(r => r.RuleId != failed.RuleId).Select(r => (r.RuleId, r.Outcome, r.Note)));
    }

    [Fact]
    public void An_internal_error_is_reported_in_Chinese_too()
    {
        var catalogue = RuleCatalogue.Of([new Throwing("OL599")]);
        var report = new OrgLifeValidator(catalogue).Validate(new BranchRecord(), PolicyPresets.National, Sample.AsOf, Sample.Chinese);
        Assert.StartsWith("内部错误：规则 OL599", Assert.Single(report.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_record_is_evaluated_by_no_rule()
    {
        var report = new BranchRecord().Validate();
        // Not evaluated, or switched off by the policy; never passed.
        Assert.All(report.Results, r => Assert.True(r.Outcome is RuleOutcome.NotEvaluated or RuleOutcome.Disabled, $"{r.RuleId} is {r.Outcome} on an empty record"));
        Assert.Contains(report.Results, r => r.RuleId == new RuleId("OL507") && r.Outcome == RuleOutcome.NotEvaluated);
    }

    /// <summary>A rule with a defect: it throws, quoting the record (which the report must not repeat).</summary>
    private sealed class Throwing(string id) : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new(new RuleId(id), "Throwing", "抛出", "Throws.", Severity.Error, [Sources.City2019("一", "会前1-2天通知党员参加会议")]);

        public override ImmutableArray<MessageTemplate> Messages { get; } = [];

        public override RuleEvaluation Evaluate(RuleContext context) => throw new InvalidOperationException("secret record data");
    }
}
