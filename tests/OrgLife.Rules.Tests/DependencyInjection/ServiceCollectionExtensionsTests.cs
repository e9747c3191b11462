using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.DependencyInjection;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Scheduling;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.DependencyInjection;

public sealed class ServiceCollectionExtensionsTests
{
    [Fact]
    public void The_defaults_resolve_as_singletons()
    {
        using var provider = new ServiceCollection().AddOrgLifeRules().BuildServiceProvider();
        Assert.IsType<OrgLifeValidator>(provider.GetRequiredService<IOrgLifeValidator>());
        Assert.Same(provider.GetRequiredService<IOrgLifeValidator>(), provider.GetRequiredService<IOrgLifeValidator>());
        Assert.Same(RuleCatalogue.Default, provider.GetRequiredService<RuleCatalogue>());
        Assert.Same(PolicyPresets.National, provider.GetRequiredService<OrgLifePolicy>());
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.IsType<ScheduleGenerator>(provider.GetRequiredService<IScheduleGenerator>());
        Assert.Same(provider.GetRequiredService<IOrgLifeValidationService>(), provider.GetRequiredService<IOrgLifeValidationService>());
    }

    [Fact]
    public void Code_sets_the_default_and_named_policies()
    {
        using var provider = new ServiceCollection()
            .AddOrgLifeRules(o =>
            {
                o.Policy = OrgLifePolicyOptions.From(PolicyPresets.Village2019);
                o.Policies["collection"] = new OrgLifePolicyOptions { Preset = "collection", MemberNoticeDays = 5 };
            })
            .BuildServiceProvider();
        var policies = provider.GetRequiredService<IOrgLifePolicyProvider>();
        Assert.True(PolicyComparison.Same(PolicyPresets.Village2019, provider.GetRequiredService<OrgLifePolicy>()));
        Assert.True(PolicyComparison.Same(PolicyPresets.Collection with { MemberNoticeDays = 5 }, policies.Get("COLLECTION")));
        Assert.Equal(["collection"], policies.Names);
        Assert.False(policies.TryGet("zhejiang", out _));
        Assert.Contains("collection", Assert.Throws<KeyNotFoundException>(() => policies.Get("zhejiang")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Services_registered_first_win()
    {
        var policy = PolicyPresets.Collection;
        var clock = new FakeClock(Instant.FromUtc(2027, 1, 1, 0, 0));
        var validator = new OrgLifeValidator();
        using var provider = new ServiceCollection()
            .AddSingleton(policy)
            .AddSingleton<IClock>(clock)
            .AddSingleton<IOrgLifeValidator>(validator)
            .AddOrgLifeRules(o => o.Policy.Preset = "city-2019")
            .BuildServiceProvider();
        Assert.Same(policy, provider.GetRequiredService<OrgLifePolicy>());
        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Same(validator, provider.GetRequiredService<IOrgLifeValidator>());
    }

    [Fact]
    public void Json_configuration_binds_every_kind_of_setting_per_tenant()
    {
        const string json = """
            {
              "OrgLife": {
                "Policy": { "Preset": "collection", "MemberNoticeDays": 5, "DisabledRules": [ "OL511" ] },
                "Policies": {
                  "zhejiang": {
                    "Preset": "city-2019",
                    "Name": "zhejiang-2027",
                    "CampaignDeadline": "2027-03-31",
                    "ExcellentCap": "none",
                    "ReportDays": "12",
                    "MinimumDuration": "02:30:00",
                    "MinimumDurationBranchKinds": [ "GovernmentOrgan", "School" ],
                    "SimplifiedProcedureBranchKinds": [ "none" ],
                    "QuorumMode": "MoreThanHalf",
                    "SeverityOverrides": { "OL303": "Error", "OL104": "Info" },
                    "EnabledRules": [ "OL501" ],
                    "DisabledRules": [ "OL106" ]
                  }
                }
              }
            }
            """;
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))).Build();
        using var provider = new ServiceCollection().AddOrgLifeRules(configuration.GetSection("OrgLife")).BuildServiceProvider();
        var policies = provider.GetRequiredService<IOrgLifePolicyProvider>();

        Assert.True(PolicyComparison.Same(PolicyPresets.Collection with { MemberNoticeDays = 5 }, policies.Default));
        var expected = PolicyPresets.City2019 with
        {
            Name = "zhejiang-2027",
            CampaignDeadline = new LocalDate(2027, 3, 31),
            ExcellentCap = null,
            ReportDays = 12,
            MinimumDuration = Duration.FromMinutes(150),
            MinimumDurationBranchKinds = [Branches.BranchKind.GovernmentOrgan, Branches.BranchKind.School],
            SimplifiedProcedureBranchKinds = [],
            QuorumMode = QuorumMode.MoreThanHalf,
            SeverityOverrides = PolicyPresets.City2019.SeverityOverrides.Add(new RuleId("OL303"), Severity.Error).Add(new RuleId("OL104"), Severity.Info),
            DisabledRules = [new RuleId("OL511"), new RuleId("OL106")],
        };
        Assert.True(PolicyComparison.Same(expected, policies.Get("zhejiang")), PolicyComparison.Difference(expected, policies.Get("zhejiang")));
    }

    [Fact]
    public void A_wrong_setting_fails_naming_the_policy_the_setting_and_the_value()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OrgLife:Policies:anhui:ExcellentCap"] = "half",
        }).Build();
        using var provider = new ServiceCollection().AddOrgLifeRules(configuration.GetSection("OrgLife")).BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOrgLifePolicyProvider>());
        Assert.Contains("Policies:anhui", error.Message, StringComparison.Ordinal);
        Assert.Contains("ExcellentCap", error.Message, StringComparison.Ordinal);
        Assert.Contains("'half'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_policy_whose_number_setting_does_not_convert_fails_naming_the_setting_instead_of_vanishing()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OrgLife:Policies:zhejiang:Preset"] = "national",
            ["OrgLife:Policies:zhejiang:MemberNoticeDays"] = "soon",
        }).Build();
        using var provider = new ServiceCollection().AddOrgLifeRules(configuration.GetSection("OrgLife")).BuildServiceProvider();
        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IOrgLifePolicyProvider>().Get("zhejiang"));
        Assert.Contains("OrgLife:Policies:zhejiang:MemberNoticeDays", error.Message, StringComparison.Ordinal);
        Assert.Contains("'soon'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configuration_reload_reaches_the_policy_provider()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["OrgLife:Policy:Preset"] = "village-2019" }).Build();
        using var provider = new ServiceCollection().AddOrgLifeRules(configuration.GetSection("OrgLife")).BuildServiceProvider();
        var policies = provider.GetRequiredService<IOrgLifePolicyProvider>();
        Assert.Equal("village-2019", policies.Default.Name);

        configuration["OrgLife:Policy:Preset"] = "collection";
        configuration.Reload();
        Assert.Equal("collection", policies.Default.Name);
        Assert.Equal("collection", provider.GetRequiredService<OrgLifePolicy>().Name);
    }

    [Fact]
    public void The_validation_service_uses_the_configured_policy_and_the_clock_in_the_branch_time_zone()
    {
        // 2027-01-09 16:30 UTC is already 2027-01-10 in Shanghai.
        var clock = new FakeClock(Instant.FromUtc(2027, 1, 9, 16, 30));
        using var provider = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddOrgLifeRules(o => o.Policies["collection"] = new OrgLifePolicyOptions { Preset = "collection" })
            .BuildServiceProvider();
        var service = provider.GetRequiredService<IOrgLifeValidationService>();
        var record = new Records.BranchRecord { Branch = Sample.Branch(10), Meeting = Sample.Meeting() };
        var english = CultureInfo.GetCultureInfo("en");

        var national = service.Validate(record, english);
        Assert.Equal(new LocalDate(2027, 1, 10), national.AsOf);
        Assert.Equal("national", national.PolicyName);
        Assert.Equal(Outline(new OrgLifeValidator().Validate(record, PolicyPresets.National, new LocalDate(2027, 1, 10), english)), Outline(national));

        var collection = service.Validate(record, "collection", CultureInfo.GetCultureInfo("zh-CN"));
        Assert.Equal("collection", collection.PolicyName);
        Assert.Throws<KeyNotFoundException>(() => service.Validate(record, "shanghai", english));
    }

    private static string Outline(ValidationReport report)
        => string.Join("\n", report.Results.Select(r => $"{r.RuleId} {r.Outcome} {string.Join(" | ", r.Findings.Select(f => f.Message))}"));
}
