using OrgLife.Records;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules.Tests.Support;

/// <summary>Short assertions on one rule's result, shared by the OL1xx and OL2xx tests.</summary>
internal static class Outcomes
{
    /// <summary>The outcome of <paramref name="ruleId"/> for <paramref name="record"/>.</summary>
    public static RuleOutcome Outcome(this BranchRecord record, string ruleId, OrgLifePolicy? policy = null, NodaTime.LocalDate? asOf = null)
        => record.Validate(policy, asOf).Result(ruleId).Outcome;

    /// <summary>Asserts the rule was not evaluated and names exactly <paramref name="missing"/>.</summary>
    public static void AssertMissing(this BranchRecord record, string ruleId, params string[] missing)
    {
        var result = record.Validate().Result(ruleId);
        Assert.Equal(RuleOutcome.NotEvaluated, result.Outcome);
        Assert.Equal(missing, result.MissingData.ToArray());
    }

    /// <summary>The subject IDs of the findings of <paramref name="ruleId"/> (empty text for subjects without an ID).</summary>
    public static string[] Subjects(this BranchRecord record, string ruleId, OrgLifePolicy? policy = null)
        => [.. record.Validate(policy).Result(ruleId).Findings.Select(f => f.Subject.Id ?? string.Empty)];

    /// <summary>The message keys of the findings of <paramref name="ruleId"/>.</summary>
    public static string[] Keys(this BranchRecord record, string ruleId, OrgLifePolicy? policy = null, NodaTime.LocalDate? asOf = null)
        => [.. record.Validate(policy, asOf).Result(ruleId).Findings.Select(f => f.MessageKey)];
}
