using OrgLife.Findings;
using OrgLife.Ids;

namespace OrgLife.Abstractions.Tests.Construction;

public sealed class IdTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" m1")]
    [InlineData("m1\t")]
    public void A_member_ID_that_is_empty_blank_or_padded_is_rejected_naming_the_ID_type(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => new MemberId(text));
        Assert.Contains(nameof(MemberId), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_ID_text_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new BranchId(null!));
        Assert.Contains(nameof(BranchId), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ID_longer_than_128_characters_is_rejected_with_its_length()
    {
        var error = Assert.Throws<ArgumentException>(() => new PartyGroupId(new string('x', 129)));
        Assert.Contains("129", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(PartyGroupId), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ID_of_exactly_128_characters_is_accepted()
        => Assert.Equal(128, new BranchId(new string('x', 128)).Value.Length);

    [Fact]
    public void IDs_compare_by_their_text_ordinally()
    {
        Assert.Equal(new MemberId("m1"), new MemberId("m1"));
        Assert.NotEqual(new MemberId("m1"), new MemberId("M1"));
        Assert.True(new MemberId("a").CompareTo(new MemberId("b")) < 0);
    }

    [Fact]
    public void The_default_ID_is_recognisable_as_not_valid()
    {
        Assert.True(default(MemberId).IsDefault);
        Assert.False(new MemberId("m1").IsDefault);
    }

    [Theory]
    [InlineData("OL000")]
    [InlineData("OL600")]
    [InlineData("ol101")]
    [InlineData("OL1010")]
    [InlineData("")]
    public void A_rule_ID_outside_OL101_to_OL599_is_rejected(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => new RuleId(text));
        Assert.Contains("OL101", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_ID_knows_its_catalogue_section()
        => Assert.Equal(3, new RuleId("OL303").Section);
}
