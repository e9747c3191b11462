using OrgLife.FollowUp;
using OrgLife.Ids;
using OrgLife.Text;

namespace OrgLife.Abstractions.Tests.Construction;

public sealed class ControlCharacterTests
{
    [Theory]
    [InlineData("m\u00071")]
    [InlineData("m1\u001b[31m")]
    [InlineData("m\n1")]
    [InlineData("m\u00851")]
    [InlineData("m\u20281")]
    public void An_ID_with_a_control_character_is_rejected_and_the_message_shows_it_escaped(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => new MemberId(text));
        Assert.Contains("control character", error.Message, StringComparison.Ordinal);
        Assert.Equal(-1, PrintableText.IndexOfControl(error.Message));
        Assert.Throws<ArgumentException>(() => new RectificationItem { Id = text });
    }

    [Fact]
    public void Escaping_writes_each_control_character_as_a_unicode_escape_and_leaves_other_text_alone()
    {
        Assert.Equal("a\\u0007b\\u000Ac\\u007F 梁晨", PrintableText.Escape("a\u0007b\nc\u007f 梁晨"));
        Assert.Same("梁晨 m1", PrintableText.Escape("梁晨 m1"));
    }
}
