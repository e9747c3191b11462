using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrgLife.Tally.DependencyInjection;
using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Tests.DependencyInjection;

public sealed class AddOrgLifeTallyTests
{
    [Fact]
    public void The_forms_and_the_reader_factory_follow_the_options()
    {
        using var provider = new ServiceCollection()
            .AddOrgLifeTally(o =>
            {
                o.RegroupLimit = 1 << 20;
                o.Forms["village"] = BallotForms.GoodFairPoor;
            })
            .BuildServiceProvider();
        var forms = provider.GetRequiredService<IBallotFormRegistry>();
        Assert.Equal(["good-fair-poor", "single", "six-criteria", "village"], forms.Names);
        Assert.True(forms.TryGet("SINGLE", out var single));
        Assert.Same(BallotForms.FourGrades, single);
        Assert.True(forms.TryGet("village", out var village));
        Assert.Same(BallotForms.GoodFairPoor, village);
        Assert.False(forms.TryGet("none", out _));
        Assert.Equal(1 << 20, provider.GetRequiredService<CsvBallotReaderFactory>().Create(_ => null).RegroupLimit);
        Assert.Same(provider.GetRequiredService<CsvBallotReaderFactory>(), provider.GetRequiredService<CsvBallotReaderFactory>());
    }

    [Fact]
    public void A_regroup_limit_out_of_range_fails_when_the_factory_is_made()
    {
        using var provider = new ServiceCollection().AddOrgLifeTally(o => o.RegroupLimit = 0).BuildServiceProvider();
        Assert.ThrowsAny<ArgumentException>(() => provider.GetRequiredService<CsvBallotReaderFactory>());
        Assert.Equal(0, provider.GetRequiredService<IOptions<TallyOptions>>().Value.RegroupLimit);
    }
}
