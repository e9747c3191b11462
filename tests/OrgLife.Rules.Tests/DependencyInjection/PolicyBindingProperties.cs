using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OrgLife.Branches;
using OrgLife.Findings;
using OrgLife.Rules.DependencyInjection;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Properties;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.DependencyInjection;

public sealed class PolicyBindingProperties
{
    private static readonly RuleId[] SomeRules = [.. new[] { "OL104", "OL106", "OL204", "OL303", "OL309", "OL501", "OL511" }.Select(id => new RuleId(id))];

    /// <summary>Any policy: the record generators' (every bounded knob) with the sets, maps, enums and dates varied too.</summary>
    private static Gen<OrgLifePolicy> AnyPolicy { get; } =
        from basis in RecordGenerators.Policy
        from disabled in Gen.SubListOf(SomeRules)
        from severities in Gen.SubListOf(SomeRules)
        from severity in Gen.Elements(Enum.GetValues<Severity>())
        from kinds in Gen.SubListOf(Enum.GetValues<BranchKind>())
        from relaxed in Gen.SubListOf(new[] { "OL204", "OL205", "OL209", "OL109", "OL106" }.Select(id => new RuleId(id)).ToArray())
        from scales in Gen.Elements<ImmutableHashSet<Grades.AssessmentScale>>([Grades.AssessmentScale.FourGrades], [Grades.AssessmentScale.GoodFairPoor], [Grades.AssessmentScale.FourGrades, Grades.AssessmentScale.GoodFairPoor])
        from quorum in Gen.Elements(Enum.GetValues<QuorumMode>())
        from partner in Gen.Elements(Enum.GetValues<TalkPartner>())
        from coverage in Gen.Elements(Enum.GetValues<CriticismCoverage>())
        from guidance in Gen.Elements(Enum.GetValues<GuidanceRequirement>())
        from exemption in Gen.Elements(Enum.GetValues<ExemptionScope>())
        from dlq in Gen.Elements(Ratio.Half, Ratio.TwoThirds, new Ratio(1, 1), new Ratio(3, 7))
        from flags in Gen.ArrayOf(ArbMap.Default.GeneratorFor<bool>(), 4)
        from minutes in Gen.Choose(0, 24 * 60)
        from day in Gen.Choose(0, 3_000_000)
        from deadline in Gen.Elements(true, false)
        select basis with
        {
            Name = $"tenant-{day % 97}",
            DisabledRules = [.. disabled],
            SeverityOverrides = severities.ToImmutableDictionary(r => r, _ => severity),
            MinimumDurationBranchKinds = [.. kinds],
            SimplifiedProcedureRules = [.. relaxed],
            AllowedBallotScales = scales,
            QuorumMode = quorum,
            MemberTalkPartner = partner,
            CriticismCoverage = coverage,
            SuperiorGuidance = guidance,
            ExemptionScope = exemption,
            DemocraticLifeQuorum = dlq,
            MemberProblemListsRequired = flags[0],
            BranchProgressReportsRecurring = flags[1],
            OrganizationalLifeBriefingRequired = flags[2],
            ParticipationOtherThanInPersonCountsTowardQuorum = flags[3],
            MinimumDuration = Duration.FromMinutes(minutes),
            CampaignDeadline = deadline ? new LocalDate(1, 1, 1).PlusDays(day) : null,
        };

    [Property(MaxTest = 200)]
    public Property Binding_a_configuration_section_written_from_a_policy_gives_the_policy_back()
        => Prop.ForAll(AnyPolicy.ToArbitrary(), policy =>
        {
            var data = new Dictionary<string, string?>();
            Flatten("OrgLife:Policies:tenant", OrgLifePolicyOptions.From(policy), data);
            Flatten("OrgLife:Policy", OrgLifePolicyOptions.From(policy), data);
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(data).Build();
            using var provider = new ServiceCollection().AddOrgLifeRules(configuration.GetSection("OrgLife")).BuildServiceProvider();
            var policies = provider.GetRequiredService<IOrgLifePolicyProvider>();
            var difference = PolicyComparison.Difference(policy, policies.Get("TENANT")) ?? PolicyComparison.Difference(policy, policies.Default);
            return (difference is null).Label(difference ?? "");
        });

    [Fact]
    public void The_options_have_a_setting_for_every_knob_of_the_policy()
    {
        var settings = typeof(OrgLifePolicyOptions).GetProperties().Select(p => p.Name).ToHashSet();
        var knobs = typeof(OrgLifePolicy).GetProperties().Where(p => p.CanWrite).Select(p => p.Name);
        Assert.Equal([], knobs.Where(k => !settings.Contains(k)).ToArray());
    }

    [Fact]
    public void Every_preset_survives_the_trip_through_configuration()
    {
        foreach (var preset in PolicyPresets.All)
        {
            Assert.True(PolicyComparison.Same(preset, OrgLifePolicyOptions.From(preset).ToPolicy()), preset.Name);
            Assert.True(PolicyComparison.Same(preset, new OrgLifePolicyOptions { Preset = preset.Name }.ToPolicy()), preset.Name);
        }
    }

    /// <summary>Writes the options as configuration keys, the way a JSON or environment provider would.</summary>
    private static void Flatten(string prefix, object options, Dictionary<string, string?> data)
    {
        foreach (var property in options.GetType().GetProperties())
        {
            var key = $"{prefix}:{property.Name}";
            switch (property.GetValue(options))
            {
                case null:
                    break;
                case string text:
                    data[key] = text;
                    break;
                case IDictionary map:
                    foreach (DictionaryEntry entry in map)
                    {
                        data[$"{key}:{entry.Key}"] = entry.Value?.ToString();
                    }

                    break;
                case IList list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        data[$"{key}:{i}"] = list[i]?.ToString();
                    }

                    break;
                case TimeSpan span:
                    data[key] = span.ToString("c", CultureInfo.InvariantCulture);
                    break;
                case IFormattable value:
                    data[key] = value.ToString(null, CultureInfo.InvariantCulture);
                    break;
                case var value:
                    data[key] = value.ToString();
                    break;
            }
        }
    }
}
