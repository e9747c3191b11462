using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Preparation;
using OrgLife.Records;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.DependencyInjection;
using OrgLife.Rules.Extensibility;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;
using Province.OrgLifeRules;

namespace OrgLife.Rules.Tests.Extensibility;

/// <summary>docs/extending.md, run: its rule is this project's NoticePostedFiveDaysAheadRule.cs, word for word.</summary>
public sealed class ProvincialRuleTests
{
    private static readonly LocalDate MeetingDate = new(2026, 12, 15);

    private static BranchRecord Record(Occurrence? notice, MeetingKind kind = MeetingKind.OrganizationalLife) => new()
    {
        Branch = Sample.Branch(8),
        Meeting = Sample.Meeting(kind) with { Date = MeetingDate },
        Preparation = notice is null ? null : new PreparationRecord { MemberNotice = notice },
    };

    private static readonly OrgLifeValidator Validator = new(RuleCatalogue.Default.With(new NoticePostedFiveDaysAheadRule()));

    private static RuleResult Ol190(BranchRecord record, CultureInfo? culture = null)
        => Validator.Validate(record, PolicyPresets.National, new LocalDate(2027, 1, 10), culture ?? Sample.English).Result("OL190");

    [Fact]
    public void A_notice_five_days_ahead_passes_and_four_days_ahead_is_an_error_in_both_languages()
    {
        Assert.Equal(RuleOutcome.Passed, Ol190(Record(Occurrence.On(MeetingDate.PlusDays(-5)))).Outcome);

        var late = Ol190(Record(Occurrence.On(MeetingDate.PlusDays(-4))));
        Assert.Equal(RuleOutcome.Violated, late.Outcome);
        var finding = Assert.Single(late.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Members were notified on 2026-12-11, less than 5 days before the meeting on 2026-12-15.", finding.Message);
        Assert.Equal("某省组织生活会工作规范（示例）", Assert.Single(finding.Sources).Document);
        var chinese = Assert.Single(Ol190(Record(Occurrence.On(MeetingDate.PlusDays(-4))), Sample.Chinese).Findings);
        Assert.Equal("党员于2026-12-11才接到通知，距2026-12-15召开会议不足5天。", chinese.Message);
    }

    [Fact]
    public void Without_the_notice_the_rule_is_not_evaluated_and_names_the_datum()
    {
        var result = Ol190(Record(notice: null));
        Assert.Equal(RuleOutcome.NotEvaluated, result.Outcome);
        Assert.Equal(["preparation.memberNotice"], result.MissingData.ToArray());
        Assert.Equal(["preparation.memberNotice.date"], Ol190(Record(new Occurrence(true))).MissingData.ToArray());
        Assert.Equal(RuleOutcome.Violated, Ol190(Record(Occurrence.NotDone)).Outcome);
    }

    [Fact]
    public void The_rule_is_not_applicable_to_a_democratic_life_meeting_and_disabled_where_a_policy_says_so()
    {
        Assert.Equal(RuleOutcome.NotApplicable, Ol190(Record(Occurrence.On(MeetingDate), MeetingKind.DemocraticLife)).Outcome);
        var otherProvince = PolicyPresets.National with { DisabledRules = [new RuleId("OL190"), new RuleId("OL511")] };
        var report = Validator.Validate(Record(Occurrence.On(MeetingDate)), otherProvince, new LocalDate(2027, 1, 10), Sample.English);
        Assert.Equal(RuleOutcome.Disabled, report.Result("OL190").Outcome);
    }

    [Fact]
    public void The_rule_registers_through_dependency_injection_and_sits_in_id_order()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2027, 1, 10, 0, 0)))
            .AddOrgLifeRule(new NoticePostedFiveDaysAheadRule())
            .AddOrgLifeRules()
            .BuildServiceProvider();
        var catalogue = provider.GetRequiredService<RuleCatalogue>();
        Assert.True(catalogue.Contains(new RuleId("OL190")));
        Assert.Equal("OL190.Late", catalogue.Message("OL190.Late").Key);
        var report = provider.GetRequiredService<IOrgLifeValidationService>().Validate(Record(Occurrence.On(MeetingDate.PlusDays(-1))), Sample.English);
        Assert.Equal(RuleOutcome.Violated, report.Result("OL190").Outcome);
        var ids = report.Results.Select(r => r.RuleId).ToList();
        Assert.Equal(ids.Order().ToList(), ids);
    }

    [Fact]
    public void The_catalogue_refuses_a_taken_id_a_foreign_message_key_and_unequal_placeholders()
    {
        var withRule = RuleCatalogue.Default.With(new NoticePostedFiveDaysAheadRule());
        Assert.Throws<ArgumentException>(() => withRule.With(new NoticePostedFiveDaysAheadRule()));
        Assert.Throws<ArgumentException>(() => RuleCatalogue.Default.With(new Stub("OL303", new MessageTemplate("OL303.Other", "a", "甲"))));
        Assert.Throws<ArgumentException>(() => RuleCatalogue.Default.With(new Stub("OL191", new MessageTemplate("OL101.Mine", "a", "甲"))));
        Assert.Throws<ArgumentException>(() => RuleCatalogue.Default.With(new Stub("OL191", new MessageTemplate("OL191.A", "{x}", "甲"))));
        Assert.Same(RuleCatalogue.Default, RuleCatalogue.Default.With([]));
    }

    [Fact]
    public void A_rule_that_throws_costs_only_its_own_result()
    {
        var validator = new OrgLifeValidator(RuleCatalogue.Default.With(new Stub("OL591", throws: true)));
        var report = validator.Validate(Record(Occurrence.On(MeetingDate)), PolicyPresets.National, new LocalDate(2027, 1, 10), Sample.English);
        Assert.Equal(RuleOutcome.Violated, report.Result("OL591").Outcome);
        Assert.Contains("InvalidOperationException", Assert.Single(report.Result("OL591").Findings).Message, StringComparison.Ordinal);
        Assert.Equal(RuleCatalogue.Default.ValidatorDescriptors.Length + 1, report.Results.Length);
    }

    [Fact]
    public void The_rule_in_docs_extending_is_the_rule_this_test_runs()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "extending.md")).ReplaceLineEndings("\n");
        const string marker = "<!-- provincial-rule: tests/OrgLife.Rules.Tests/Extensibility/NoticePostedFiveDaysAheadRule.cs -->\n```csharp\n";
        var start = doc.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/extending.md lost its provincial-rule block.");
        start += marker.Length;
        var shown = doc[start..doc.IndexOf("```\n", start, StringComparison.Ordinal)];
        var code = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "OrgLife.Rules.Tests", "Extensibility", "NoticePostedFiveDaysAheadRule.cs")).ReplaceLineEndings("\n");
        Assert.Equal(code, shown);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OrgLife.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("OrgLife.sln not found above the test binaries.");
    }

    private sealed class Stub(string id, MessageTemplate? message = null, bool throws = false) : OrgLifeRule
    {
        public override RuleDescriptor Descriptor { get; } = new(new RuleId(id), "Stub", "桩", "A stub.", Severity.Warning, [new SourceCitation("test", "1", "Test")]);

        public override System.Collections.Immutable.ImmutableArray<MessageTemplate> Messages { get; } = message is null ? [] : [message];

        public override RuleCheck Check(RuleInput input) => throws ? throw new InvalidOperationException("boom") : RuleCheck.Passed;
    }
}
