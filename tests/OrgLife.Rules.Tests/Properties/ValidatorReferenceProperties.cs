using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrgLife.Findings;
using OrgLife.Records;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.Tests.Properties;

/// <summary>
/// Exact first, then fast: the validator (shared passed results, findings rendered when first read) reports exactly what
/// a plain evaluation reports — every rule evaluated in turn, every finding's arguments and message rendered at once.
/// </summary>
public sealed class ValidatorReferenceProperties
{
    private static readonly OrgLifeValidator Validator = new();
    private static readonly Gen<CultureInfo> Culture = Gen.Elements(CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("zh-CN"));

    [Fact]
    public void The_validator_reports_what_the_plain_evaluation_reports()
    {
        var cases = from record in RecordGenerators.Record
                    from policy in RecordGenerators.Policy
                    from asOf in RecordGenerators.Date
                    from culture in Culture
                    select (record, policy, asOf, culture);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var report = Validator.Validate(c.record, c.policy, c.asOf, c.culture);
            var reference = Reference(c.record, c.policy, c.asOf, c.culture);
            return report.Results.Length == reference.Count && report.Results.Zip(reference).All(pair => Same(pair.First, pair.Second));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(250));
    }

    [Fact]
    public void A_validator_that_validated_other_records_under_the_policy_still_reports_what_the_plain_evaluation_reports()
    {
        // One policy object for a run of records, as a batch validates: the notes' results kept from one record to the next
        // (disabled, not evaluated, not applicable) must be exactly what each record's own plain evaluation says.
        var cases = from policy in RecordGenerators.Policy
                    from asOf in RecordGenerators.Date
                    from records in Gen.ListOf(Gen.Zip(RecordGenerators.Record, Culture), 2).SelectMany(first => Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(Gen.Zip(RecordGenerators.Record, Culture), n)).Select(more => first.Concat(more).ToList()))
                    select (policy, asOf, records);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var validator = new OrgLifeValidator();
            return c.records.All(r =>
            {
                var report = validator.Validate(r.Item1, c.policy, c.asOf, r.Item2);
                var reference = Reference(r.Item1, c.policy, c.asOf, r.Item2);
                return report.Results.Length == reference.Count && report.Results.Zip(reference).All(pair => Same(pair.First, pair.Second));
            });
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));
    }

    private static bool Same(RuleResult actual, Expected expected)
        => actual.RuleId == expected.Rule && actual.Outcome == expected.Outcome && actual.Note == expected.Note
            && actual.MissingData.SequenceEqual(expected.MissingData)
            && actual.Findings.Select(Text).SequenceEqual(expected.Findings);

    // Everything a finding carries, in one comparable line: message, sorted arguments, subject, severity, sources.
    private static string Text(Finding f)
        => $"{f.RuleId}|{f.Severity}|{f.Subject}|{f.MessageKey}|{string.Join(";", f.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"))}|{f.Message}|{string.Join(";", f.Sources)}";

    /// <summary>The plain evaluation: each rule, its findings rendered eagerly, as the validator first did it.</summary>
    private static List<Expected> Reference(BranchRecord record, OrgLifePolicy policy, LocalDate asOf, CultureInfo culture)
    {
        var language = MessageLanguages.For(culture);
        var context = new RuleContext(IsoDates.Of(record), IsoDates.Of(policy), IsoDates.Of(asOf));
        var results = new List<Expected>();
        foreach (var rule in RuleCatalogue.Default.Rules)
        {
            var id = rule.Descriptor.Id;
            if (context.Policy.IsDisabled(id))
            {
                results.Add(new(id, RuleOutcome.Disabled, [], [], MessageRenderer.Render(CommonMessages.Disabled, language, [("policy", context.Policy.Name)])));
                continue;
            }

            var evaluation = context.Meeting is { } meeting && !rule.AppliesTo(meeting.Kind) ? RuleEvaluation.NotApplicableTo(meeting.Kind) : rule.Evaluate(context);
            if (!evaluation.MissingData.IsEmpty)
            {
                results.Add(new(id, RuleOutcome.NotEvaluated, [], [.. evaluation.MissingData], MessageRenderer.Render(CommonMessages.NotEvaluated, language, [("missing", string.Join(", ", evaluation.MissingData))])));
            }
            else if (evaluation.NotApplicableNote is { } why)
            {
                var template = why.MessageKey == CommonMessages.NotApplicableToKind.Key ? CommonMessages.NotApplicableToKind : CommonMessages.NotRequiredByPolicy;
                results.Add(new(id, RuleOutcome.NotApplicable, [], [], MessageRenderer.Render(template, language, why.Arguments)));
            }
            else
            {
                var findings = evaluation.Findings.Select(draft =>
                {
                    var template = rule.Messages.Single(m => m.Key == draft.MessageKey);
                    var severity = SimplifiedProcedure.Cap(context, id, context.Policy.SeverityFor(id, draft.Severity));
                    var eager = new Finding(id, severity, draft.Subject, draft.MessageKey, MessageRenderer.Invariant(draft.Arguments), MessageRenderer.Render(template, language, draft.Arguments), rule.Descriptor.Sources);
                    return eager;
                }).ToList();
                var outcome = findings.Any(f => f.Severity >= Severity.Warning) ? RuleOutcome.Violated : RuleOutcome.Passed;
                results.Add(new(id, outcome, [.. findings.Select(Text)], [], null));
            }
        }

        return results;
    }

    private sealed record Expected(RuleId Rule, RuleOutcome Outcome, ImmutableArray<string> Findings, ImmutableArray<string> MissingData, string? Note);
}
