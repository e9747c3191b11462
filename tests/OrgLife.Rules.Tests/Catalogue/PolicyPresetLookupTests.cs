using OrgLife.Rules.Policies;

namespace OrgLife.Rules.Tests.Catalogue;

/// <summary>The one preset lookup the tool, the service and the policy files share.</summary>
public sealed class PolicyPresetLookupTests
{
    [Theory]
    [InlineData("national")]
    [InlineData("Village-2019")]
    [InlineData("MUNICIPAL-2016")]
    public void A_preset_is_found_by_its_name_in_any_case(string name)
    {
        Assert.True(PolicyPresets.TryGet(name, out var preset));
        Assert.Same(PolicyPresets.ByName(name), preset);
        Assert.Equal(name, preset.Name, StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" national")]
    [InlineData("province-2026")]
    public void Any_other_name_finds_nothing_and_throws_nothing(string? name)
    {
        Assert.False(PolicyPresets.TryGet(name, out var preset));
        Assert.Null(preset);
    }

    [Fact]
    public void The_names_are_the_presets_names_in_order()
        => Assert.Equal(PolicyPresets.All.Select(p => p.Name), PolicyPresets.Names);
}
