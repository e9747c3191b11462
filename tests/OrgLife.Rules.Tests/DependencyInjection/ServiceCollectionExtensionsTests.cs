using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OrgLife.Rules.Catalogue;
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
    }

    [Fact]
    public void Configuration_sets_the_policy_and_the_clock()
    {
        var clock = new FixedClock(Instant.FromUtc(2027, 1, 1, 0, 0));
        using var provider = new ServiceCollection()
            .AddOrgLifeRules(o => { o.Policy = PolicyPresets.Village2019; o.Clock = clock; })
            .BuildServiceProvider();
        Assert.Same(PolicyPresets.Village2019, provider.GetRequiredService<OrgLifePolicy>());
        Assert.Same(clock, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void Services_registered_first_win()
    {
        var policy = PolicyPresets.Collection;
        var clock = new FixedClock(Instant.FromUtc(2027, 1, 1, 0, 0));
        var validator = new OrgLifeValidator();
        using var provider = new ServiceCollection()
            .AddSingleton(policy)
            .AddSingleton<IClock>(clock)
            .AddSingleton<IOrgLifeValidator>(validator)
            .AddOrgLifeRules(o => o.Policy = PolicyPresets.City2019)
            .BuildServiceProvider();
        Assert.Same(policy, provider.GetRequiredService<OrgLifePolicy>());
        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Same(validator, provider.GetRequiredService<IOrgLifeValidator>());
    }
}
